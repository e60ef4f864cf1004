package corebench.report.analysis;

import corebench.report.results.Estimate;

/**
 * How to read a row of the startup workload in either result format: since 2026-12 the benchmark method
 * says cold or warm and a cold shot of several starts records them as its tasks; before, a {@code start}
 * parameter said it and every operation was one start or task.
 */
public final class StartupRows {

    private StartupRows() {
    }

    /** {@code cold} or {@code warm}. */
    public static String start(WorkloadRow w) {
        String param = w.param("start");
        return param != null ? param : w.scenario().scenario().method();
    }

    /** Seconds per start (cold) or per task (warm). */
    public static Estimate secondsPerStart(WorkloadRow w) {
        double tasks = w.row().measurement().work().getOrDefault("tasks", 1.0);
        return w.row().measurement().secondsPerOp().times(1 / tasks);
    }
}
