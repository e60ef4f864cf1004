package corebench.model;

import corebench.worker.Frame;
import corebench.worker.WorkerConnection;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One child JVM of a {@link ProcessPoolModel}: its connection, the frames it owes replies for (in the
 * order it will answer them), and a reader thread that passes everything it sends, or its end, to the
 * pool as events. The pool's state, the in-flight queue included, is touched only under the pool's lock.
 */
final class PoolWorker {
    /** A frame sent to the worker: its id and the tasks {@code from .. to-1} of the batch it carries. */
    record Sent(long batchId, int from, int to) {
    }

    /**
     * What a worker's reader saw: the frames that arrived together (in order), then, if the worker ended,
     * the failure that ended it.
     */
    record Event(PoolWorker worker, List<Frame> frames, IOException failure) {
    }

    final int index;
    final WorkerConnection connection;
    final ArrayDeque<Sent> inFlight = new ArrayDeque<>();
    /** True from its checked handshake until it is given up; a worker not serving is replaced. */
    boolean serving;
    /** Frames were written to the worker's stdin buffer but not yet flushed to the pipe. */
    boolean unflushed;
    /** This worker's events queued for the batch's own thread: while any are, later ones must queue too. */
    int queued;

    PoolWorker(int index, WorkerConnection connection) {
        this.index = index;
        this.connection = connection;
    }

    /**
     * Starts the reader thread; it ends when the child does. Replies that arrived together are passed on
     * as one event, so a burst of tiny replies is handled once, not once per reply.
     */
    void startReading(Consumer<Event> pool) {
        Thread.ofPlatform().daemon().name("process-pool-reader-" + index).start(() -> {
            List<Frame> burst = new ArrayList<>();
            try {
                while (true) {
                    burst.add(connection.receive());
                    if (!connection.replyArrived()) {
                        pool.accept(new Event(this, burst, null));
                        burst = new ArrayList<>();
                    }
                }
            } catch (IOException e) {
                pool.accept(new Event(this, burst, e));
            }
        });
    }

    /** The first frame still owed that belongs to a batch at or after {@code firstBatchId}, or null. */
    Sent firstSince(long firstBatchId) {
        for (Sent s : inFlight) {
            if (s.batchId >= firstBatchId) {
                return s;
            }
        }
        return null;
    }

    /** "worker 1 (pid 4242)": how errors name it. */
    String name() {
        return "worker " + index + " (pid " + connection.pid() + ")";
    }
}
