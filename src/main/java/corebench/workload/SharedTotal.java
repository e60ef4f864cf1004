package corebench.workload;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One total that the tasks of a contention batch add to, the way a {@link ContentionStrategy} shares
 * it. Each implementation has its own add loop, so the loop is compiled for one strategy and the per-add
 * cost measured is that strategy's, not a virtual call's.
 */
interface SharedTotal extends AutoCloseable {

    /**
     * Adds the values {@code first .. first+count-1} on behalf of task {@code task} and returns the task's
     * result: its partial sum where the strategy reduces partials, otherwise 0.
     */
    long add(int task, long first, long count);

    /** The total after a batch, from the shared state or by reducing the tasks' results. */
    long total(long[] taskResults);

    /** Sets the total back to zero before a batch. */
    void reset();

    /** Releases what the total holds outside the heap; the default holds nothing. */
    @Override
    default void close() {
    }

    /**
     * A plain {@code long} guarded by a {@code synchronized} block (an intrinsic lock) per add, as one would
     * write it. C2 unrolls the loop and merges the adjacent lock regions of a few iterations (lock
     * coarsening), so the lock is taken about once per four adds: measured here, 1.6 ns of CPU per add at
     * one worker, 5.9 ns with {@code -XX:-EliminateLocks}. The figure is what the JVM makes of this code,
     * its best case for an intrinsic lock.
     */
    final class Synchronized implements SharedTotal {
        private long total;

        @Override
        public long add(int task, long first, long count) {
            for (long v = first; v < first + count; v++) {
                synchronized (this) {
                    total += v;
                }
            }
            return 0;
        }

        @Override
        public synchronized long total(long[] taskResults) {
            return total;
        }

        @Override
        public synchronized void reset() {
            total = 0;
        }
    }

    /** A plain {@code long} guarded by a non-fair {@link ReentrantLock}. */
    final class Locked implements SharedTotal {
        private final ReentrantLock lock = new ReentrantLock();
        private long total;

        @Override
        public long add(int task, long first, long count) {
            for (long v = first; v < first + count; v++) {
                lock.lock();
                try {
                    total += v;
                } finally {
                    lock.unlock();
                }
            }
            return 0;
        }

        @Override
        public long total(long[] taskResults) {
            lock.lock();
            try {
                return total;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void reset() {
            lock.lock();
            try {
                total = 0;
            } finally {
                lock.unlock();
            }
        }
    }

    /** One {@link AtomicLong}: a hardware atomic add per value, all workers on one cache line. */
    final class Atomic implements SharedTotal {
        private final AtomicLong total = new AtomicLong();

        @Override
        public long add(int task, long first, long count) {
            for (long v = first; v < first + count; v++) {
                total.getAndAdd(v);
            }
            return 0;
        }

        @Override
        public long total(long[] taskResults) {
            return total.get();
        }

        @Override
        public void reset() {
            total.set(0);
        }
    }

    /** A {@link LongAdder}: striped cells that spread contended adds, summed when read. */
    final class Adder implements SharedTotal {
        private final LongAdder total = new LongAdder();

        @Override
        public long add(int task, long first, long count) {
            for (long v = first; v < first + count; v++) {
                total.add(v);
            }
            return 0;
        }

        @Override
        public long total(long[] taskResults) {
            return total.sum();
        }

        @Override
        public void reset() {
            total.reset();
        }
    }

    /**
     * Map-reduce: each task adds into its own slot of an array, slots {@link #PAD} longs apart so no two
     * share a cache line (or an adjacent-line prefetch pair), and returns its slot's sum; the total is the
     * sum of the tasks' results. Nothing is shared while adding, so it also works across processes: a child
     * JVM adds into its own array and the partial travels back in the reply.
     */
    final class Partials implements SharedTotal {
        /** 16 longs = 128 bytes between slots. */
        static final int PAD = 16;
        private final long[] slots;

        Partials(int tasks) {
            // One pad before the first slot too, away from the array header and whatever precedes it.
            slots = new long[(tasks + 1) * PAD];
        }

        @Override
        public long add(int task, long first, long count) {
            int slot = (task + 1) * PAD;
            slots[slot] = 0;
            for (long v = first; v < first + count; v++) {
                slots[slot] += v;
            }
            return slots[slot];
        }

        @Override
        public long total(long[] taskResults) {
            long sum = 0;
            for (long r : taskResults) {
                sum += r;
            }
            return sum;
        }

        @Override
        public void reset() {
            // Every task clears its own slot before it adds.
        }
    }
}
