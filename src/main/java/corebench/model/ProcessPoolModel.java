package corebench.model;

import corebench.worker.Frame;
import corebench.worker.ProtocolException;
import corebench.worker.WorkerConnection;
import corebench.workload.Task;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.stream.IntStream;

/**
 * {@code workers} child JVMs started once and reused: each submission is one frame on a worker's stdin,
 * answered on its stdout (see {@link corebench.worker.WorkerMain}).
 *
 * <p>Submissions are dealt as workers answer (dynamic assignment, so faster workers take more), with
 * several frames in flight per worker so that a worker finds its next frame already in its pipe instead
 * of idling for a round trip. Each worker's reader thread handles the replies that arrive as expected
 * (results of this batch, in order) itself, under the pool's lock: it records them and tops its worker
 * up with one write, so a burst costs one wake-up in this JVM, and the caller of {@link #run} sleeps
 * until the batch is done. Everything else (failures, late replies, a worker's end) is queued for the
 * caller, which makes those decisions; once a worker has an event queued, its later replies queue too,
 * so they are handled in the order they came.
 *
 * <p>Faults: a task that throws fails the batch with its class and message, and the worker keeps serving.
 * A worker that dies, sends bad data, or owes a reply longer than the batch timeout is killed, fails the
 * batch it was running (naming the worker and the tasks), and is replaced before the next batch. Replies
 * that arrive for an earlier, failed batch are recognised by their batch id and dropped.
 */
public final class ProcessPoolModel implements ConcurrencyModel {
    /**
     * Frames in flight per worker, at most: enough that tiny submissions stream, few enough that the
     * end of a batch does not wait on one worker's backlog.
     */
    private static final int MAX_IN_FLIGHT = 16;

    private final Duration batchTimeout;
    private final PoolWorker[] pool;
    /** Events for the caller of {@link #run}: what its worker's reader did not handle, and {@link #WAKE}. */
    private final BlockingDeque<PoolWorker.Event> events = new LinkedBlockingDeque<>();
    /** Tells the caller that a reader finished the batch. */
    private static final PoolWorker.Event WAKE = new PoolWorker.Event(null, List.of(), null);
    /** Guards the dispatch state: {@link #current}, the pool's slots and every worker's in-flight queue. */
    private final Object turn = new Object();
    /** The batch being run, whose replies the readers may handle; null between batches. */
    private Dispatch current;
    /** Guards starting children against a concurrent {@link #close}, so none is started after it. */
    private final Object lifecycle = new Object();
    private long nextBatchId;
    private boolean closed;

    /** Starts {@code workers} child JVMs with the configured batch timeout ({@link BatchTimeout}). */
    public ProcessPoolModel(int workers) {
        this(workers, BatchTimeout.configured());
    }

    /** Starts {@code workers} child JVMs; a worker that owes a reply longer than {@code batchTimeout} is killed. */
    public ProcessPoolModel(int workers, Duration batchTimeout) {
        this.batchTimeout = BatchTimeout.check(batchTimeout);
        this.pool = new PoolWorker[workers];
        try {
            start(IntStream.range(0, workers).toArray());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public ModelKind kind() {
        return ModelKind.PROCESS_POOL;
    }

    @Override
    public int workers() {
        return pool.length;
    }

    /** The process ids of the current workers, by worker index. */
    public synchronized List<Long> pids() {
        return Arrays.stream(pool).map(w -> w.connection.pid()).toList();
    }

    @Override
    public synchronized long[] run(List<Task> tasks, int chunkSize) {
        int submissions = Submissions.count(tasks.size(), chunkSize);
        long[] results = new long[tasks.size()];
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException(kind().id() + " is closed");
            }
        }
        Dispatch batch;
        synchronized (turn) {
            // Deal with whatever happened since the last batch (late replies, workers that died) first.
            Dispatch idle = new Dispatch(tasks, chunkSize, 0, results);
            for (PoolWorker.Event e = events.poll(); e != null; e = events.poll()) {
                idle.handleQueued(e);
            }
            replaceFailedWorkers();
            if (submissions == 0) {
                return results;
            }
            batch = new Dispatch(tasks, chunkSize, submissions, results);
        }
        batch.complete();
        return results;
    }

    /**
     * What a worker's reader saw: handled at once if it is only this batch's results, as expected;
     * otherwise queued for the caller of {@link #run}.
     */
    private void arrived(PoolWorker.Event e) {
        PoolWorker w = e.worker();
        synchronized (turn) {
            if (e.failure() != null || w.queued > 0 || current == null || !current.tookAll(e)) {
                queue(e);
                return;
            }
            if (!w.unflushed) {
                return;
            }
            w.unflushed = false;
        }
        // The write (and the worker's wake-up in it) is made outside the lock, so other readers need not wait.
        IOException broken = Dispatch.flush(w);
        if (broken != null) {
            synchronized (turn) {
                queue(new PoolWorker.Event(w, List.of(), broken)); // the caller gives the worker up
            }
        }
    }

    private void queue(PoolWorker.Event e) {
        e.worker().queued++;
        events.add(e);
    }

    /**
     * Closes every worker's stdin, lets it exit, and kills it if it does not; returns when all are gone.
     * Safe to call more than once.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            closed = true;
        }
        for (PoolWorker w : pool) {
            if (w != null) {
                w.connection.close();
            }
        }
    }

    /**
     * Starts the workers at these indexes: all processes first, so the JVMs boot in parallel, then each
     * handshake. A worker serves once its handshake is checked and its reader runs.
     */
    private void start(int[] indexes) {
        for (int i : indexes) {
            synchronized (lifecycle) {
                if (closed) {
                    throw new ModelException(kind().id() + " was closed while starting workers");
                }
                try {
                    pool[i] = new PoolWorker(i, WorkerConnection.start());
                } catch (IOException e) {
                    throw new ModelException(kind().id() + ": could not start worker " + i + ": " + e.getMessage(), e);
                }
            }
        }
        for (int i : indexes) {
            PoolWorker w = pool[i];
            try {
                w.connection.awaitHandshake(BatchTimeout.startup(batchTimeout));
            } catch (IOException e) {
                throw new ModelException(kind().id() + ": " + w.name() + " did not start: " + e.getMessage(), e);
            }
            w.startReading(this::arrived);
            w.serving = true;
        }
    }

    /** Replaces every worker that was given up or has died, e.g. killed while idle. */
    private void replaceFailedWorkers() {
        int[] failed = Arrays.stream(pool).filter(w -> !w.serving || !w.connection.isAlive()).mapToInt(w -> w.index).toArray();
        for (int i : failed) {
            pool[i].connection.close();
        }
        if (failed.length > 0) {
            start(failed);
        }
    }

    /** The state of one batch: what is dealt, what is done, and the decisions on each event. */
    private final class Dispatch {
        private final List<Task> tasks;
        private final int chunkSize;
        private final int submissions;
        private final long[] results;
        /** Frames with smaller ids belong to earlier batches: their replies are dropped. */
        private final long firstBatchId = nextBatchId;
        private final int depth;
        private int next;
        private int done;

        Dispatch(List<Task> tasks, int chunkSize, int submissions, long[] results) {
            this.tasks = tasks;
            this.chunkSize = chunkSize;
            this.submissions = submissions;
            this.results = results;
            // Half a fair share per worker at most, so that the last frames still balance.
            this.depth = Math.clamp(submissions / (2L * pool.length), 2, MAX_IN_FLIGHT);
        }

        /** Deals the first rounds, then waits for the readers to finish the batch, handling what they queue. */
        void complete() {
            synchronized (turn) {
                current = this;
                try {
                    // Deal in rounds, one frame per worker each, so a short batch still reaches every worker.
                    for (int round = 1; round <= depth; round++) {
                        for (PoolWorker w : pool) {
                            topUp(w, round);
                        }
                    }
                    flush();
                } catch (RuntimeException e) {
                    current = null;
                    throw e;
                }
            }
            while (true) {
                PoolWorker.Event first;
                try {
                    first = events.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    synchronized (turn) {
                        current = null;
                    }
                    throw new ModelException(kind().id() + ": interrupted while waiting for the workers", e);
                }
                synchronized (turn) {
                    try {
                        // Events come in bursts when tasks are tiny: answer them with one write per worker.
                        for (PoolWorker.Event e = first; e != null && done < submissions; e = events.poll()) {
                            handleQueued(e);
                        }
                        flush();
                        if (done >= submissions) {
                            current = null;
                            return;
                        }
                    } catch (RuntimeException e) {
                        current = null;
                        throw e;
                    }
                }
            }
        }

        /**
         * A reader's burst, handled in the reader's thread if every frame is a result of this batch that
         * the worker owes next (the frames that top the worker up are written, not flushed); otherwise
         * false, and nothing changed.
         */
        boolean tookAll(PoolWorker.Event e) {
            PoolWorker w = e.worker();
            List<Frame> frames = e.frames();
            if (!serving(w) || frames.size() > w.inFlight.size()) {
                return false;
            }
            Iterator<PoolWorker.Sent> owed = w.inFlight.iterator();
            for (Frame f : frames) {
                PoolWorker.Sent sent = owed.next();
                if (!(f instanceof Frame.Results r) || r.batchId() != sent.batchId() || sent.batchId() < firstBatchId
                        || r.values().length != sent.to() - sent.from()) {
                    return false;
                }
            }
            for (Frame f : frames) {
                record(w.inFlight.poll(), (Frame.Results) f);
            }
            w.connection.replyReceived(!w.inFlight.isEmpty()); // once per burst: it reads the clock
            IOException broken = topUpIfHalfAnswered(w);
            if (broken != null) {
                queue(new PoolWorker.Event(w, List.of(), broken)); // the caller gives the worker up
            } else if (done == submissions) {
                events.add(WAKE);
            }
            return true;
        }

        /** An event the readers left to this thread; {@link #WAKE} needs nothing. */
        void handleQueued(PoolWorker.Event e) {
            if (e == WAKE) {
                return;
            }
            e.worker().queued--;
            handle(e);
        }

        /** Sends what {@link #deal} wrote to each worker. */
        private void flush() {
            for (PoolWorker w : pool) {
                if (w.unflushed && w.serving) {
                    w.unflushed = false;
                    IOException e = flush(w);
                    if (e != null) {
                        fail(w, e);
                    }
                }
            }
        }

        private static IOException flush(PoolWorker w) {
            try {
                w.connection.flush();
                return null;
            } catch (IOException e) {
                return e;
            }
        }

        /** {@link #deal}, giving the worker up if it cannot be written to. */
        private void topUp(PoolWorker w, int limit) {
            IOException e = deal(w, limit);
            if (e != null) {
                fail(w, e);
            }
        }

        /**
         * Tops up only once half the frames in flight are answered: then one write carries many frames
         * and one read in the worker takes them all, instead of a write and a wake-up per reply.
         */
        private IOException topUpIfHalfAnswered(PoolWorker w) {
            return w.inFlight.size() <= depth / 2 ? deal(w, depth) : null;
        }

        /**
         * Writes the worker submissions until it has {@code limit} frames in flight or none are left;
         * returns why the worker could not be written to, or null.
         */
        private IOException deal(PoolWorker w, int limit) {
            while (w.serving && w.inFlight.size() < limit && next < submissions) {
                int from = next * chunkSize;
                int to = Math.min(tasks.size(), from + chunkSize);
                PoolWorker.Sent frame = new PoolWorker.Sent(nextBatchId, from, to);
                if (w.inFlight.isEmpty()) {
                    w.connection.expectReplyWithin(batchTimeout); // before writing: a write to a stuck child blocks
                }
                try {
                    w.connection.send(frame.batchId(), tasks.subList(from, to));
                } catch (ProtocolException e) {
                    throw new ModelException(kind().id() + ": " + e.getMessage(), e); // our frame: the worker is fine
                } catch (IOException e) {
                    return e;
                }
                nextBatchId++;
                next++;
                w.inFlight.add(frame);
                w.unflushed = true;
            }
            return null;
        }

        void handle(PoolWorker.Event e) {
            PoolWorker w = e.worker();
            List<Frame> frames = e.frames();
            for (int i = 0; i < frames.size(); i++) {
                if (!serving(w)) {
                    return;
                }
                try {
                    handle(w, frames.get(i));
                } catch (ModelException failed) {
                    // This batch fails here; the rest of the burst answers frames still in flight, so it
                    // goes back to be dealt with (and dropped by batch id) before the next batch.
                    w.queued++;
                    events.addFirst(new PoolWorker.Event(w, frames.subList(i + 1, frames.size()), e.failure()));
                    throw failed;
                }
            }
            if (e.failure() != null && serving(w)) {
                fail(w, e.failure());
            }
        }

        /** False for the last words of a worker already given up. */
        private boolean serving(PoolWorker w) {
            return w.serving && pool[w.index] == w;
        }

        private void handle(PoolWorker w, Frame frame) {
            PoolWorker.Sent sent = w.inFlight.peek();
            if (sent == null || sent.batchId() != frame.batchId()) {
                fail(w, new ProtocolException("sent a reply for batch " + frame.batchId() + " while "
                        + (sent == null ? "no reply was owed" : "batch " + sent.batchId() + " was next")));
                return;
            }
            answered(w);
            boolean ours = sent.batchId() >= firstBatchId;
            switch (frame) {
                case Frame.Results r when r.values().length != sent.to() - sent.from() -> {
                    fail(w, new ProtocolException("sent " + r.values().length + " results for " + (sent.to() - sent.from()) + " tasks"));
                    return;
                }
                case Frame.Results r -> record(sent, r);
                case Frame.Failure f when f.taskIndex() == Frame.Failure.NO_TASK -> {
                    fail(w, new ProtocolException("reported " + f.exceptionClass() + ": " + f.message()));
                    return;
                }
                case Frame.Failure f -> {
                    if (ours) {
                        throw new ModelException(kind().id() + ": task " + (sent.from() + f.taskIndex()) + " failed in "
                                + w.name() + ": " + f.exceptionClass() + ": " + f.message());
                    }
                }
                case Frame.Batch b -> {
                    fail(w, new ProtocolException("sent a batch frame"));
                    return;
                }
            }
            IOException broken = topUpIfHalfAnswered(w);
            if (broken != null) {
                fail(w, broken);
            }
        }

        /** The worker answered the frame it owed first: that frame is no longer in flight. */
        private PoolWorker.Sent answered(PoolWorker w) {
            PoolWorker.Sent sent = w.inFlight.poll();
            w.connection.replyReceived(!w.inFlight.isEmpty());
            return sent;
        }

        /** Keeps the values of a reply to {@code sent} if it is this batch's. */
        private void record(PoolWorker.Sent sent, Frame.Results r) {
            if (sent.batchId() >= firstBatchId) {
                System.arraycopy(r.values(), 0, results, sent.from(), r.values().length);
                done++;
            }
        }

        /**
         * Gives up on a worker: kills it, and fails this batch if the worker owed any of it. A worker that
         * owed only earlier batches' replies is replaced at once, so this batch keeps its parallelism.
         */
        private void fail(PoolWorker w, IOException why) {
            w.serving = false;
            w.connection.kill("was given up after it failed");
            PoolWorker.Sent lost = w.firstSince(firstBatchId);
            w.inFlight.clear();
            if (lost != null) {
                throw new ModelException(kind().id() + ": " + w.name() + " " + why.getMessage() + "; it was running tasks "
                        + lost.from() + ".." + (lost.to() - 1) + " of the batch", why);
            }
            replaceFailedWorkers();
            topUp(pool[w.index], depth);
        }
    }
}
