package corebench.worker;

import corebench.workload.Kernel;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The child JVM of the process models: reads batch frames from stdin, runs their tasks, and writes one
 * reply frame per batch to stdout, in order.
 *
 * <p>stdout belongs to the protocol alone: {@code System.out} is pointed at stderr before anything else
 * runs, so a stray print (from a kernel or a library) lands in the run log instead of corrupting a frame.
 * One thread reads, another computes, so the end of stdin (the parent closed it, or died) is seen at once
 * even in the middle of a long task, and the worker halts; a watch on the parent process backs that up.
 * The reader hands over every batch that one read brought in as one burst, and the computer answers
 * the tiny batches of a burst with one write, so many tiny batches cost one wake-up and one write each
 * way instead of one per batch.
 * A failing task or an unknown kernel is reported in a failure frame and the worker keeps serving; a bad
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

    private final DataOutputStream out;
    /** Bursts of batches, each what the reader found in one read of stdin. */
    private final BlockingQueue<List<Frame.Batch>> bursts = new LinkedBlockingQueue<>();

    private WorkerMain(DataOutputStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        ParentWatch.start();
        WorkerMain worker = new WorkerMain(new DataOutputStream(new BufferedOutputStream(protocolOut, 1 << 16)));
        worker.serve(new FrameInput(new FileInputStream(FileDescriptor.in)));
    }

    private void serve(FrameInput stdin) {
        DataInputStream in = new DataInputStream(stdin);
        try {
            synchronized (out) {
                Handshake.write(out);
                out.flush();
            }
            Handshake.read(in, "the parent on stdin");
        } catch (IOException e) {
            exit(EXIT_PROTOCOL_ERROR, "handshake failed: " + e.getMessage());
        }
        Thread.ofPlatform().daemon().name("corebench-worker-compute").start(this::computeLoop);
        List<Frame.Batch> burst = new ArrayList<>();
        try {
            for (Frame frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
                if (!(frame instanceof Frame.Batch batch)) {
                    throw new ProtocolException("bad frame: the parent sent a " + frame.getClass().getSimpleName() + " frame");
                }
                burst.add(batch);
                if (stdin.buffered() == 0) { // the next read may wait: hand over what arrived together
                    bursts.add(burst);
                    burst = new ArrayList<>();
                }
            }
        } catch (IOException e) {
            if (!burst.isEmpty()) {
                bursts.add(burst); // the good batches before the bad frame
            }
            reply(new Frame.Failure(Frame.Failure.NO_BATCH, Frame.Failure.NO_TASK, e.getClass().getName(), "worker received " + e.getMessage()), true);
            exit(EXIT_PROTOCOL_ERROR, "bad input from the parent: " + e.getMessage());
        }
        // stdin ended: the parent is done with us or gone; nothing of ours is worth finishing.
        Runtime.getRuntime().halt(0);
    }

    private void computeLoop() {
        int deferred = 0;
        ArrayDeque<Frame.Batch> pending = new ArrayDeque<>();
        try {
            while (true) {
                if (pending.isEmpty()) {
                    pending.addAll(bursts.take());
                }
                for (List<Frame.Batch> more = bursts.poll(); more != null; more = bursts.poll()) {
                    pending.addAll(more);
                }
                Frame.Batch batch = pending.poll();
                long start = System.nanoTime();
                Frame reply = run(batch);
                // After a tiny batch, the reply can ride with the next ones: one write instead of many.
                // Only replies to tiny batches wait, and only while fewer wait than batches are left to
                // run, so the parent hears of half the work in time to send more before this worker idles.
                boolean defer = System.nanoTime() - start < DEFER_BELOW_NANOS && deferred < pending.size()
                        && deferred < MAX_DEFERRED;
                deferred = defer ? deferred + 1 : 0;
                reply(reply, !defer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
