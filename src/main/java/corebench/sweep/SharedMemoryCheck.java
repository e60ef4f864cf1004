package corebench.sweep;

import corebench.bench.GridBench;
import corebench.format.SharedMemoryNote;
import corebench.workload.SharedMemoryFile;
import java.util.List;
import java.util.Optional;

/**
 * Whether a plan's shared grids will live in memory: where /dev/shm is missing or smaller than the largest grid, they
 * are files in java.io.tmpdir and their results include the page cache; the sweep warns and records it in machine.json.
 */
public final class SharedMemoryCheck {
    /** Planes of the largest grid kernel (Jacobi: a source and a target plane). */
    private static final int PLANES = 2;

    private SharedMemoryCheck() {
    }

    /** The note for machine.json if the plan's largest grid would not be in memory; empty if it would, or has no grid. */
    public static Optional<String> note(SweepPlan plan) {
        long bytes = largestGridBytes(plan);
        if (bytes == 0) {
            return Optional.empty();
        }
        return SharedMemoryFile.notInMemory(bytes).map(why -> SharedMemoryNote.of(why + " for the largest grid, so the"
                + " grids are files in " + System.getProperty("java.io.tmpdir") + " and their results include the page cache"
                + " (give the container more, e.g. docker run --shm-size=1g)"));
    }

    /** The bytes of the plan's largest grid, 0 without one. */
    static long largestGridBytes(SweepPlan plan) {
        long cells = plan.steps().stream().flatMap(s -> s.runs().stream()).filter(r -> r.benchmark().equals(GridBench.BENCHMARK))
                .flatMap(r -> r.params().getOrDefault("size", List.of()).stream()).mapToLong(Long::parseLong).map(n -> n * n)
                .max().orElse(0);
        return cells * Double.BYTES * PLANES;
    }
}
