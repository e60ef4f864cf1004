package corebench.workload;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Python's {@code multiprocessing.JoinableQueue} over a JDK {@link BlockingQueue}, for threads of this
 * JVM: the producer {@link #put}s task numbers, consumers {@link #get} them and call {@link #taskDone}
 * after each, the producer's {@link #join join} returns once every task put so far is done, and
 * {@link #stop} puts one "exit" task per consumer, as the seeds' shared-grid example does.
 *
 * <p>The JDK queues have no {@code task_done}/{@code join}: a counter of unfinished tasks (raised on
 * put, lowered on done) and a condition the last {@code taskDone} signals give them, at the cost of one
 * atomic per put and per done. A done without a put (a task done twice) fails loudly.
 */
public final class JoinableQueue {
    /** The task number a consumer receives to stop. */
    public static final long STOP = -1;

    private final BlockingQueue<Long> queue;
    private final AtomicLong unfinished = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition allDone = lock.newCondition();

    /** Task numbers travel through {@code queue}, which decides whether and how {@link #put} blocks. */
    public JoinableQueue(BlockingQueue<Long> queue) {
        this.queue = queue;
    }

    /** Puts task {@code task} (not negative), blocking while a bounded queue is full. */
    public void put(long task) throws InterruptedException {
        if (task < 0) {
            throw new IllegalArgumentException("task numbers are not negative: " + task);
        }
        unfinished.incrementAndGet();
        queue.put(task);
    }

    /** The next task number, blocking while there is none; {@link #STOP} means: leave. */
    public long get() throws InterruptedException {
        return queue.take();
    }

    /** Marks one task got from the queue as done. */
    public void taskDone() {
        long left = unfinished.decrementAndGet();
        if (left < 0) {
            throw new IllegalStateException("task_done called more often than tasks were put");
        }
        if (left == 0) {
            lock.lock();
            try {
                allDone.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Returns true once every task put so far has been marked done, false if that takes longer than {@code timeout}. */
    public boolean join(Duration timeout) throws InterruptedException {
        long left = timeout.toNanos();
        lock.lock();
        try {
            while (unfinished.get() > 0) {
                if (left <= 0) {
                    return false;
                }
                left = allDone.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Tasks put and not yet marked done. */
    public long unfinished() {
        return unfinished.get();
    }

    /** Puts one {@link #STOP} per consumer; stops are not tasks, so {@link #join} does not wait for them. */
    public void stop(int consumers) throws InterruptedException {
        for (int i = 0; i < consumers; i++) {
            queue.put(STOP);
        }
    }
}
