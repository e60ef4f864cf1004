package corebench.worker;

import corebench.workload.Kernel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The child JVM of the process models: reads batch frames from stdin, runs their tasks, and writes one
 * reply frame per batch to stdout, in order.
 *
 * <p>stdout belongs to the protocol alone: {@code System.out} is pointed at stderr before anything else
 * runs, so a stray print (from a kernel or a library) lands in the run log instead of corrupting a frame.
 *
 * <p>One thread, the server, reads a burst (every batch that one read of stdin brought in), runs it and
 * answers the tiny batches of a burst with one write, so a burst of tiny batches costs this worker one
 * wake-up and one write, as a plain echo over a pipe does. The end of stdin (the parent closed it, or
 * died) must still be seen at once in the middle of a long task, so that the worker halts: a second
 * thread, the watcher, takes over reading once the server has been running batches for
 * {@value #TAKE_OVER_MILLIS} ms, and hands reading back when it finds the server idle. A watch on the
 * parent process backs that up. Only the server runs tasks: a worker is one core's work.
 *
 * <p>A failing task or an unknown kernel is reported in a failure frame and the worker keeps serving; a bad
 * frame from the parent cannot be skipped safely (its length is not trusted), so the worker reports it and
 * exits with status 2.
 */
public final class WorkerMain {
    /** Exit status after a bad handshake or frame from the parent. */
    static final int EXIT_PROTOCOL_ERROR = 2;
    /** Exit status when the parent process ended without closing stdin first. */
    static final int EXIT_PARENT_DIED = ParentWatch.EXIT_PARENT_DIED;

    /** Replies to batches shorter than this may be sent together with the next ones. */
    private static final long DEFER_BELOW_NANOS = 50_000;
    private static final int MAX_DEFERRED = 64;
    /** About a round trip to the parent and back: less work than this is not worth a write of its own. */
    private static final long ROUND_TRIP_NANOS = 20_000;
    /** How long the server may run batches before the watcher reads stdin in its place. */
    static final long TAKE_OVER_MILLIS = 2;
    private static final long TAKE_OVER_NANOS = TAKE_OVER_MILLIS * 1_000_000;
    /**
     * The watcher looks every {@value #TAKE_OVER_MILLIS} ms while the worker is busy, so the server need not
     * wake it for every run of tiny batches, and sleeps until woken once it saw no run for this long.
     */
    private static final long SLEEP_AFTER_NANOS = 100_000_000;

    private final DataOutputStream out;
    private final FrameInput stdin;
    private final DataInputStream in;
    /** Guards {@link #pending} and who reads stdin ({@link #serverReads}, {@link #watcherReads}). */
    private final Object lock = new Object();
    private ArrayDeque<Frame.Batch> pending = new ArrayDeque<>();
    private boolean serverReads;
    private boolean watcherReads;
    /** When the server began its current run of batches (System.nanoTime), 0 while it reads or waits. */
    private volatile long runningSince;
    /** The watcher sleeps without a timeout (the worker was idle a while): the server wakes it to run. */
    private volatile boolean watcherAsleep;
    /** When the watcher last saw the server running; only the watcher uses it. */
    private long lastSeenRunning;
    private Thread watcher;

    private WorkerMain(DataOutputStream out, FrameInput stdin) {
        this.out = out;
        this.stdin = stdin;
        this.in = new DataInputStream(stdin);
    }

    public static void main(String[] args) {
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        ParentWatch.start();
        new WorkerMain(new DataOutputStream(new FrameOutput(protocolOut)),
                new FrameInput(new FileInputStream(FileDescriptor.in))).serve();
    }

    private void serve() {
        try {
            synchronized (out) {
                Handshake.write(out);
                out.flush();
            }
            Handshake.read(in, "the parent on stdin");
        } catch (IOException e) {
            exit(EXIT_PROTOCOL_ERROR, "handshake failed: " + e.getMessage());
        }
        watcher = Thread.ofPlatform().daemon().name("corebench-worker-watcher").start(this::watch);
        int deferred = 0;
        int carry = 0;
        boolean halfSent = false;
        long unsentSince = 0;
        ArrayDeque<Frame.Batch> running = new ArrayDeque<>(); // taken from pending in one go: one lock per burst
        long start = 0;
        while (true) {
            if (running.isEmpty()) {
                synchronized (lock) {
                    while (pending.isEmpty() && watcherReads) {
                        runningSince = 0;
                        waitForBatches();
                    }
                    if (pending.isEmpty()) {
                        runningSince = 0;
                        serverReads = true;
                    } else {
                        ArrayDeque<Frame.Batch> taken = pending;
                        pending = running;
                        running = taken;
                    }
                }
                if (running.isEmpty()) {
                    readBurst();
                    continue;
                }
                start = System.nanoTime();
                if (runningSince == 0) {
                    runningSince = start;
                    if (watcherAsleep) {
                        LockSupport.unpark(watcher);
                    }
                }
            }
            Frame.Batch batch = running.poll();
            int left = running.size();
            Frame reply = run(batch);
            long end = System.nanoTime();
            // Replies to tiny batches ride together. The first write of a run carries half the replies in
            // view, so the parent hears of half the work in time to send more before this worker idles,
            // the next write the rest; but when the half took less than a round trip, hearing early gains
            // nothing and all of them go in one write. A reply to a longer batch goes at once.
            if (deferred == 0) {
                carry = halfSent ? left + 1 : (left + 2) / 2;
                unsentSince = start;
            }
            if (deferred + 1 == carry && left > 0 && !halfSent && end - unsentSince < ROUND_TRIP_NANOS) {
                carry += left;
                halfSent = true;
            }
            boolean defer = end - start < DEFER_BELOW_NANOS && deferred + 1 < carry && deferred < MAX_DEFERRED;
            if (defer) {
                deferred++;
            } else {
                halfSent = !halfSent && left > 0;
                deferred = 0;
            }
            reply(reply, !defer);
            start = end;
        }
    }

    private void waitForBatches() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            exit(1, "interrupted");
        }
    }

    /**
     * The watcher: once the server has been running batches for {@value #TAKE_OVER_MILLIS} ms, it reads
     * stdin in its place until it finds the server idle.
     */
    private void watch() {
        while (true) {
            if (mayRead()) {
                readBurst();
            }
        }
    }

    /** Waits until the watcher holds the read role: it keeps it until it finds the server idle. */
    private boolean mayRead() {
        synchronized (lock) {
            if (watcherReads) {
                return true;
            }
        }
        long since = runningSince;
        long now = System.nanoTime();
        if (since == 0) {
            if (now - lastSeenRunning < SLEEP_AFTER_NANOS) {
                LockSupport.parkNanos(TAKE_OVER_NANOS); // busy times: look again soon, unwoken
                return false;
            }
            watcherAsleep = true; // idle times: sleep until the server starts running batches
            if (runningSince == 0) {
                LockSupport.park();
            }
            watcherAsleep = false;
            return false;
        }
        lastSeenRunning = now;
        if (now - since < TAKE_OVER_NANOS) {
            LockSupport.parkNanos(TAKE_OVER_NANOS - (now - since));
            return false;
        }
        synchronized (lock) {
            if (serverReads || runningSince != since) {
                return false;
            }
            watcherReads = true;
            return true;
        }
    }

    /**
     * Reads one burst (blocking for its first frame) into {@link #pending}, by whichever thread holds the
     * read role. The watcher keeps the role while the server is still running batches; the role returns to
     * the server once it has nothing to run. Halts at the end of stdin; reports a bad frame and exits.
     */
    private void readBurst() {
        List<Frame.Batch> burst = new ArrayList<>();
        try {
            do {
                Frame frame = Frames.read(in);
                if (frame == null) {
                    // stdin ended: the parent is done with us or gone; nothing of ours is worth finishing.
                    Runtime.getRuntime().halt(0);
                }
                if (!(frame instanceof Frame.Batch batch)) {
                    throw new ProtocolException("bad frame: the parent sent a " + frame.getClass().getSimpleName() + " frame");
                }
                burst.add(batch);
            } while (stdin.buffered() > 0); // the next read may wait: hand over what arrived together
        } catch (IOException e) {
            reply(new Frame.Failure(Frame.Failure.NO_BATCH, Frame.Failure.NO_TASK, e.getClass().getName(), "worker received " + e.getMessage()), true);
            exit(EXIT_PROTOCOL_ERROR, "bad input from the parent: " + e.getMessage());
        }
        synchronized (lock) {
            pending.addAll(burst);
            if (serverReads) {
                serverReads = false;
            } else if (runningSince == 0) {
                watcherReads = false; // the server waits for this burst: it reads again itself after it
                lock.notifyAll();
            }
        }
    }

    /** Runs every task of the batch; the first failing task (or unknown kernel) fails the batch. */
    static Frame run(Frame.Batch batch) {
        long[] results = new long[batch.size()];
        for (int i = 0; i < results.length; i++) {
            Kernel kernel = Kernel.byWireId(batch.kernelIds()[i]);
            if (kernel == null) {
                return new Frame.Failure(batch.batchId(), i, IllegalArgumentException.class.getName(),
                        "unknown kernel id " + batch.kernelIds()[i] + " (is the worker from the same corebench build?)");
            }
            try {
                results[i] = kernel.run(batch.args()[i]);
            } catch (Throwable t) { // report anything a task throws: the worker itself is still fine
                return new Frame.Failure(batch.batchId(), i, t.getClass().getName(), String.valueOf(t.getMessage()));
            }
        }
        return new Frame.Results(batch.batchId(), results);
    }

    private void reply(Frame frame, boolean flush) {
        try {
            synchronized (out) {
                switch (frame) {
                    case Frame.Results r -> Frames.writeResults(out, r.batchId(), r.values());
                    case Frame.Failure f -> Frames.writeFailure(out, f.batchId(), f.taskIndex(), f.exceptionClass(), f.message());
                    case Frame.Batch b -> throw new IllegalArgumentException("a worker does not send batches");
                }
                if (flush) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            // stdout is gone, so is the parent
            exit(EXIT_PARENT_DIED, "cannot write to the parent: " + e.getMessage());
        }
    }

    private static void exit(int status, String message) {
        System.err.println("corebench worker (pid " + ProcessHandle.current().pid() + "): " + message + "; exiting");
        System.err.flush();
        Runtime.getRuntime().halt(status);
    }
}
