package corebench.bench;

import java.util.Map;

/**
 * What one operation of a workload costs, as the sweep's estimate counts it ({@code sweep/PlanEstimate}): the work
 * of one operation on one core, and what a fork's trial set-up adds, for one benchmark's parameters. Zero where
 * the operations stay far shorter than an iteration, whatever the machine.
 */
public interface OperationCost {
    /** Operations too short to count. */
    OperationCost NONE = (params, workers) -> 0;

    /** Seconds of one operation's work on one core, for the benchmark parameters {@code params} at {@code workers}. */
    double workSeconds(Map<String, String> params, int workers);

    /** Seconds a fork's trial set-up takes on {@code cores} CPUs beyond the fork's start; none by default. */
    default double setupSeconds(Map<String, String> params, int workers, int cores) {
        return 0;
    }
}
