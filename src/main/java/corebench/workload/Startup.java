package corebench.workload;

import java.util.Arrays;
import java.util.List;

/**
 * Start-up versus reuse: the cost of getting one trivial task done on a model created for it (create
 * with {@code workers} workers, run, close: threads, a ForkJoin pool or child JVMs started and stopped)
 * against the same task on a model that is already running. The task is an {@link Kernel#ECHO} of a
 * fresh number, whose echo is checked.
 *
 * <p>The in-JVM pools start their threads lazily, on first submission, so a cold start of a platform
 * pool starts one thread whatever its size; the process models start their child JVMs when created.
 */
public final class Startup {

    private Startup() {
    }

    /** Runs the probe {@code value} on a running model (a cold start creates one first and closes it after). */
    public static void probe(TaskRunner model, long value) {
        long[] echo = model.run(List.of(new Task(Kernel.ECHO, value)), 1);
        if (echo.length != 1 || echo[0] != value) {
            throw new IllegalStateException("echoed " + Arrays.toString(echo) + " for " + value);
        }
    }
}
