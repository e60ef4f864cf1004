package corebench.worker;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends this JVM within a fraction of a second once the process that started it is gone, however it died
 * (SIGKILL, the OOM killer, a CI time-out run no hook), killing this JVM's own child processes first: so no
 * JVM corebench starts (worker, cluster member, JMH JVM, benchmark fork) outlives its parent.
 *
 * <p>It polls: {@link ProcessHandle#onExit()} of a process that is not our child polls too, but backs off to
 * one look every 5 s, far too slow for a sweep that must be resumable at once. A look is one {@code /proc}
 * read, and {@link ProcessHandle#isAlive()} also compares the start time, so a recycled pid is not mistaken
 * for the parent.
 */
public final class ParentWatch {
    /**
     * The system property by which a parent names itself to the JVM it starts ({@link #parentOption()}): a JVM
     * whose parent died before its first line ran has been handed to another parent by then, so asking for the
     * parent would find that one.
     */
    public static final String PARENT_PID_PROPERTY = "corebench.parentPid";
    /** Exit status of a JVM that ended because its parent was gone. */
    public static final int EXIT_PARENT_DIED = 3;
    private static final Duration PERIOD = Duration.ofMillis(200);
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ParentWatch() {
    }

    /**
     * Starts watching this JVM's parent (once per JVM: later calls do nothing). A JVM whose parent is already
     * gone ends at once.
     */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Long named = Long.getLong(PARENT_PID_PROPERTY);
        ProcessHandle parent = (named != null ? ProcessHandle.of(named) : ProcessHandle.current().parent()).orElse(null);
        if (parent == null || !parent.isAlive()) {
            parentGone();
        }
        Thread.ofPlatform().daemon().name("corebench-parent-watch").start(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(PERIOD);
                } catch (InterruptedException e) {
                    // nobody interrupts this thread on purpose; keep watching
                }
            }
            parentGone();
        });
    }

    /** The JVM option that names this JVM as the parent of a JVM it starts. */
    public static String parentOption() {
        return "-D" + PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid();
    }

    private static void parentGone() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        System.err.println("corebench: pid " + ProcessHandle.current().pid() + ": parent process gone, exiting");
        System.err.flush();
        Runtime.getRuntime().halt(EXIT_PARENT_DIED);
    }
}
