package corebench.worker;

import corebench.workload.Task;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The parent's end of one child worker JVM: its process, the two pipes, and a reply deadline.
 *
 * <p>Sending and receiving are separate so a caller can keep several batches in flight. While a reply is
 * owed ({@link #expectReplyWithin}), a {@link Watchdog} kills the child when the deadline passes; the
 * pending {@link #receive} then fails with that reason. Every failure reads as one line naming the child
 * and what happened to it (its exit status, the timeout, or the bad bytes it sent).
 */
public final class WorkerConnection implements AutoCloseable {
    /** How long {@link #close} lets a child exit by itself after its stdin is closed. */
    private static final long EXIT_GRACE_MILLIS = 2000;

    private final Process process;
    private final DataOutputStream out;
    private final FrameInput buffered;
    private final DataInputStream in;
    private volatile long deadlineNanos;
    private volatile boolean replyOwed;
    private volatile Duration timeout;
    /** Whether the deadline armed is the start-up's (handshake) rather than a batch's. */
    private volatile boolean starting;
    private volatile String killReason;
    private boolean closed;

    private WorkerConnection(Process process) {
        this.process = process;
        this.out = new DataOutputStream(new FrameOutput(process.getOutputStream()));
        this.buffered = new FrameInput(process.getInputStream());
        this.in = new DataInputStream(buffered);
        Watchdog.watch(this);
    }

    /** Starts a {@link WorkerMain} child and sends it this side's handshake. */
    public static WorkerConnection start() throws IOException {
        return start(WorkerMain.class, Redirect.INHERIT);
    }

    /** Starts {@code mainClass} as the child (tests use stand-ins that misbehave) and sends the handshake. */
    static WorkerConnection start(Class<?> mainClass, Redirect stderr, String... args) throws IOException {
        WorkerConnection c = new WorkerConnection(ChildJvm.start(mainClass, stderr, args));
        try {
            Handshake.write(c.out);
            c.out.flush();
        } catch (IOException e) {
            c.close();
            throw c.failure(e);
        }
        return c;
    }

    /** Waits for the child's handshake (up to {@code timeout}: a JVM start can be slow) and checks it. */
    public void awaitHandshake(Duration timeout) throws IOException {
        expectReplyWithin(timeout);
        starting = true;
        try {
            long announced = Handshake.read(in, "child pid " + pid());
            if (announced != pid()) {
                throw new ProtocolException("child pid " + pid() + " announced pid " + announced);
            }
        } catch (IOException e) {
            throw failure(e);
        }
        starting = false;
        replyReceived(false);
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /** Whether the child is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Writes one batch frame; call {@link #flush} to send what was written. Sending and flushing may be
     * done by different threads: each holds this connection while it writes.
     */
    public synchronized void send(long batchId, List<Task> tasks) throws IOException {
        try {
            Frames.writeBatch(out, batchId, tasks);
        } catch (ProtocolException e) {
            throw e; // our own frame is too large: the child is fine
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Sends everything written so far. */
    public synchronized void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Reads the next reply. The child answering does not disarm the deadline: call
     * {@link #replyReceived} with whether more replies are owed.
     *
     * @throws IOException naming the child and why it failed (exited, killed, bad frame)
     */
    public Frame receive() throws IOException {
        Frame frame;
        try {
            frame = Frames.read(in);
        } catch (IOException e) {
            throw failure(e);
        }
        if (frame == null) {
            throw failure(new EOFException("its stdout ended"));
        }
        return frame;
    }

    /**
     * Whether bytes of another reply were read from the pipe already (no system call is made to find
     * out): a reader uses it to pass on together what arrived together.
     */
    public boolean replyArrived() {
        return buffered.buffered() > 0;
    }

    /** Arms the deadline: the child is killed unless it replies within {@code timeout} from now. */
    public void expectReplyWithin(Duration timeout) {
        this.timeout = timeout;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
        this.replyOwed = true;
    }

    /** A reply came: restart the deadline if more are owed, otherwise disarm it. */
    public void replyReceived(boolean moreOwed) {
        if (moreOwed) {
            expectReplyWithin(timeout);
        } else {
            replyOwed = false;
        }
    }

    void killIfOverdue(long nowNanos) {
        if (replyOwed && nowNanos - deadlineNanos > 0) {
            kill(starting ? "did not start within " + timeout.toMillis() + " ms"
                    : "gave no reply within " + timeout.toMillis() + " ms (the batch timeout, -Dcorebench.batchTimeout)");
        }
    }

    /** Kills the child at once (SIGKILL); later failures of this connection report {@code reason}. */
    public void kill(String reason) {
        if (killReason == null) {
            killReason = reason;
        }
        process.destroyForcibly();
    }

    /**
     * Ends the child: closes its stdin (a worker exits on that), waits briefly, then kills it. Waits until
     * it is gone; safe to call more than once.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (killReason == null && process.isAlive()) {
            ExitRecords.read(process.pid());
        }
        // Closing stdin flushes what is buffered, which blocks if a stuck child's pipe is full: the
        // watchdog ends that by killing the child once the grace period is over.
        expectReplyWithin(Duration.ofMillis(EXIT_GRACE_MILLIS));
        try {
            synchronized (this) { // not in the middle of another thread's send or flush
                out.close();
            }
        } catch (IOException e) {
            // the child is already gone: nothing left to close
        }
        boolean interrupted = false;
        try {
            if (!process.waitFor(EXIT_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            interrupted = true;
            // still wait until it is gone (join does not heed the interrupt): a model closed while its
            // threads are interrupted must not return with a child alive
            process.destroyForcibly().onExit().join();
        }
        Watchdog.forget(this);
        try {
            in.close();
        } catch (IOException e) {
            // nothing more will be read
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "child pid " + pid();
    }

    /** The one-line story of what went wrong with the child, with {@code cause} as the cause. */
    private IOException failure(IOException cause) {
        if (cause instanceof ProtocolException) {
            kill("had sent bad data"); // nothing it sends can be trusted any more, and it may never exit
        }
        String what = cause instanceof ProtocolException ? "sent bad data: " + cause.getMessage() : describeEnd(cause);
        IOException e = cause instanceof ProtocolException ? new ProtocolException(what) : new IOException(what);
        e.initCause(cause);
        return e;
    }

    /** What became of the child, once it is gone (its stdout ends a moment before it can be reaped). */
    private String describeEnd(IOException cause) {
        boolean exited = false;
        try {
            exited = process.waitFor(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String reason = killReason;
        if (reason != null) {
            return "was killed: it " + reason;
        }
        if (!exited) {
            return cause.getMessage();
        }
        int status = process.exitValue();
        return "exited with status " + status + (status > 128 ? " (killed by signal " + (status - 128) + ")" : "")
                + "; " + cause.getMessage();
    }
}
