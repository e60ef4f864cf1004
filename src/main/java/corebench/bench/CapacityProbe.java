package corebench.bench;

import corebench.workload.ClockChain;
import java.util.concurrent.CountDownLatch;

/**
 * What the machine delivered just now: {@code threads} platform threads (one per CPU of the step) run the
 * {@link ClockChain} at once for one window of tens of milliseconds, and each thread's multiplies per
 * second are divided by the calibrated rate of one thread running alone. A CPU the machine withheld (a
 * neighbour, hidden steal, throttling, an instance out of CPU credits) runs its thread slower: the sum
 * falls below {@code threads} and the slowest thread below 1. What the fork's own other work took meanwhile (its JIT
 * and GC threads, its child JVMs and cluster members, from {@link ProcCounters}) is credited back: the machine
 * delivered that CPU time, to the fork.
 *
 * <p>{@link #calibrate} first, when the machine is expected quiet (the calibration is the best of several
 * one-thread windows, so a disturbance during it lowers the reference less than a measurement). The
 * reference is the one-CPU clock: where the all-core clock is lower than the one-core turbo, the capacity
 * of k CPUs reads below k on an idle machine too, by that ratio (see {@code ClockBench}).
 */
public final class CapacityProbe {
    /** Multiplies per chain call: ~1 ms at 3 GHz, so a thread looks at the clock often enough. */
    static final long CHUNK = 1L << 20;
    private static final int CALIBRATION_WINDOWS = 5;
    /** Windows per measurement, the best counting. */
    static final int MEASURE_WINDOWS = 3;

    private final int threads;
    private final long windowNanos;
    private double reference = Double.NaN;
    /** The chains' products, kept so that the JIT cannot drop the chains as unused. */
    private volatile long sink;

    /**
     * @param threads     threads at once: the step's CPUs
     * @param windowNanos how long each thread runs its chain per measurement
     */
    public CapacityProbe(int threads, long windowNanos) {
        if (threads < 1 || windowNanos <= 0) {
            throw new IllegalArgumentException("a capacity probe needs at least one thread and a window, got "
                    + threads + " threads, " + windowNanos + " ns");
        }
        this.threads = threads;
        this.windowNanos = windowNanos;
    }

    /** Measures the rate of one thread alone, warm (best of several windows), in multiplies per second. */
    public double calibrate() throws InterruptedException {
        rates(1); // the chain compiled by C2 before it counts
        double best = 0;
        for (int i = 0; i < CALIBRATION_WINDOWS; i++) {
            best = Math.max(best, rates(1)[0]);
        }
        reference = best;
        return best;
    }

    /**
     * The capacity delivered with every thread running: the best of {@value #MEASURE_WINDOWS} windows, so that a
     * blip of the fork's own (a JIT compilation ending, a GC) is not taken for a machine that withholds CPUs, while
     * a neighbour or a throttled CPU, which lasts, lowers every window. {@link #calibrate} first.
     */
    public Capacity measure() throws InterruptedException {
        if (Double.isNaN(reference)) {
            throw new IllegalStateException("calibrate the capacity probe before measuring");
        }
        ProcCounters before = ProcCounters.read();
        long start = System.nanoTime();
        Capacity best = null;
        for (int i = 0; i < MEASURE_WINDOWS; i++) {
            Capacity c = Capacity.of(reference, rates(threads));
            best = best == null || c.delivered() > best.delivered() ? c : best;
        }
        long nanos = System.nanoTime() - start;
        return best.crediting(ownCpus(before, ProcCounters.read(), nanos));
    }

    /**
     * CPUs the fork's own threads and descendants used over the windows' {@code nanos}, but the probe's (born and
     * ended in between, they are in neither reading) and the caller's (which waits, and reads /proc); 0 without /proc.
     * What they did while /proc was read counts too, so it errs high by up to the reading's share of the windows.
     */
    private static double ownCpus(ProcCounters before, ProcCounters after, long nanos) {
        String caller = ProcCounters.currentThreadId();
        if (!before.present() || !after.present() || caller == null) {
            return 0;
        }
        long run = after.threadDeltasByKind(before, id -> !id.equals(caller)).values().stream().mapToLong(d -> d[0]).sum();
        return Math.max(0, (double) run / nanos);
    }

    /** The threads' CPUs, as given. */
    public int threads() {
        return threads;
    }

    /** Multiplies per second of each of {@code n} threads running the chain at once for one window. */
    private double[] rates(int n) throws InterruptedException {
        double[] rates = new double[n];
        long[] products = new long[n];
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        Thread[] running = new Thread[n];
        for (int t = 0; t < n; t++) {
            int index = t;
            running[t] = Thread.ofPlatform().daemon().name("capacity-probe-" + t).start(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long x = index + 1;
                long multiplies = 0;
                long start = System.nanoTime();
                long now = start;
                for (long end = start + windowNanos; now < end; now = System.nanoTime()) {
                    x = ClockChain.chain(x | 1, CHUNK);
                    multiplies += CHUNK;
                }
                rates[index] = multiplies * 1e9 / (now - start);
                products[index] = x;
            });
        }
        ready.await();
        go.countDown();
        long product = 0;
        for (int t = 0; t < n; t++) {
            running[t].join();
            product += products[t];
        }
        sink = product;
        return rates;
    }

    /**
     * One measurement.
     *
     * @param cpus      the threads that ran at once
     * @param delivered the sum of their rates over the one-thread reference, plus {@code own} up to {@code cpus}: CPUs
     *                  delivered (k if all ran at the reference rate)
     * @param slowest   the slowest thread's rate over the reference, plus {@code own} up to 1 (1 if every CPU ran at it)
     * @param own       CPUs the fork's own other work used meanwhile, credited to both
     */
    public record Capacity(int cpus, double delivered, double slowest, double own) {

        /** The capacity of threads that ran at {@code rates} against a one-thread {@code reference} rate. */
        public static Capacity of(double reference, double... rates) {
            if (!(reference > 0) || rates.length == 0) {
                throw new IllegalArgumentException("a capacity needs a positive reference and at least one rate");
            }
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            for (double r : rates) {
                sum += r;
                min = Math.min(min, r);
            }
            return new Capacity(rates.length, sum / reference, min / reference, 0);
        }

        /** This capacity with {@code own} CPUs of the fork's own work credited (never lowered by the cap). */
        public Capacity crediting(double own) {
            return new Capacity(cpus, Math.max(delivered, Math.min(cpus, delivered + own)),
                    Math.max(slowest, Math.min(1, slowest + own)), own);
        }
    }
}
