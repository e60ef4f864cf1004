package corebench.bench;

import corebench.workload.GridWorkload;

/** What today's grid benchmark counts per operation, from its parameters, for tests that check the recorded counters. */
public final class GridCounts {
    private GridCounts() {
    }

    /** Cell updates of one GridBench operation ({@code steps = 0}: the default for the size). */
    public static long cellUpdatesPerOp(String kernel, int size, int steps) {
        GridWorkload.Kind kind = GridWorkload.Kind.byId(kernel);
        return GridWorkload.cellUpdates(kind, size, size, steps == 0 ? GridWorkload.defaultSteps(kind, size) : steps);
    }
}
