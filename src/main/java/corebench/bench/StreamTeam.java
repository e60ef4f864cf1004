package corebench.bench;

import corebench.workload.SplitMix64;
import corebench.workload.StreamKernel;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * The threads of the bandwidth probe: {@code threads} platform threads, each owning one slice of the
 * STREAM arrays for its whole life. Each thread allocates and fills its own slice (so on a machine with
 * several memory nodes its pages are first touched, hence placed, where it runs), and every operation
 * releases all threads at once through a barrier and waits at a second one until every slice is done:
 * memory time plus two barrier crossings, nothing dealt out, no thread touching another's data.
 */
final class StreamTeam implements AutoCloseable {
    private final StreamKernel kernel;
    private final int passes;
    private final Slice[] slices;
    private final Thread[] threads;
    private final CyclicBarrier start;
    private final CyclicBarrier end;
    private volatile Throwable failure;

    /** One thread's arrays: elements {@code first .. first + length - 1} of the whole. */
    private record Slice(double[] a, double[] b, double[] c) {
        static Slice filled(long first, int length) {
            Slice s = new Slice(new double[length], new double[length], new double[length]);
            for (int i = 0; i < length; i++) {
                long global = first + i;
                s.a[i] = unit(SplitMix64.mix(global));
                s.b[i] = unit(SplitMix64.mix(-global));
                s.c[i] = unit(SplitMix64.mix(global + SplitMix64.GAMMA));
            }
            return s;
        }

        private static double unit(long bits) {
            return (bits >>> 11) * 0x1.0p-53;
        }
    }

    /** Starts the threads on {@code elements} elements in all; returns once every slice is filled. */
    StreamTeam(StreamKernel kernel, long elements, int threads, int passes) {
        this.kernel = kernel;
        this.passes = passes;
        this.slices = new Slice[threads];
        this.threads = new Thread[threads];
        this.start = new CyclicBarrier(threads + 1);
        this.end = new CyclicBarrier(threads + 1);
        for (int t = 0; t < threads; t++) {
            long first = elements * t / threads;
            int length = Math.toIntExact(elements * (t + 1) / threads - first);
            int own = t;
            this.threads[t] = Thread.ofPlatform().daemon().name("stream-" + t).start(() -> serve(own, first, length));
        }
        await(end); // the fills are done
    }

    private void serve(int t, long first, int length) {
        try {
            slices[t] = Slice.filled(first, length);
            end.await();
            while (true) {
                start.await();
                Slice s = slices[t];
                for (int p = 0; p < passes; p++) {
                    kernel.pass(s.a, s.b, s.c);
                }
                end.await();
            }
        } catch (InterruptedException | BrokenBarrierException e) {
            // close() interrupted us, or another thread failed and broke the barriers: stop
        } catch (RuntimeException | Error e) {
            failure = e;
            start.reset();
            end.reset();
        }
    }

    /** One operation: every thread makes its passes over its own slice. */
    void stream() {
        await(start);
        await(end);
    }

    /** Spoils every slice's destination (see {@link StreamKernel#spoil}); between operations only. */
    void spoil() {
        for (Slice s : slices) {
            kernel.spoil(s.a, s.b, s.c);
        }
    }

    /** A description of the first element that does not hold the kernel's result, or null. */
    String firstWrong() {
        long first = 0;
        for (Slice s : slices) {
            int i = kernel.firstWrong(s.a, s.b, s.c);
            if (i >= 0) {
                return "element " + (first + i);
            }
            first += s.a.length;
        }
        return null;
    }

    private void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the stream threads ran", e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("a stream thread failed: " + failure, failure);
        }
    }

    @Override
    public void close() {
        for (Thread t : threads) {
            if (t != null) {
                t.interrupt();
            }
        }
        for (Thread t : threads) {
            if (t != null) {
                try {
                    t.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
