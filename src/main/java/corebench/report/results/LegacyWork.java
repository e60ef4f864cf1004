package corebench.report.results;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The work per operation of results written before they recorded it ({@code formatVersion} 1 or absent
 * in {@code machine.json}), computed from their parameters with the formulas of the benchmark code of that
 * time, frozen here: changing a benchmark today must not change what an old result means. Results of
 * format 2 and later carry their work themselves (see {@link WorkCounts}); nothing new belongs here.
 */
final class LegacyWork {
    /** Jacobi's bytes per cell update in format 1: one 8-byte read and one 8-byte write (STREAM's convention). */
    static final double JACOBI_BYTES_PER_CELL = 16;

    private LegacyWork() {
    }

    /**
     * Unit → amount of one operation of {@code scenario} with {@code workers}; empty for a workload that
     * counted operations only.
     *
     * @throws IllegalArgumentException if a parameter the formula needs is missing or malformed
     */
    static Map<String, Double> of(Scenario scenario, int workers) {
        Map<String, Double> work = new LinkedHashMap<>();
        switch (scenario.workload()) {
            // strong scaling: `samples` per operation in total; weak: `samples` per worker
            case "montecarlo" -> work.put("samples", number(scenario, "samples") * (scenario.weakScaling() ? workers : 1));
            case "grid" -> {
                double cells = gridCellUpdates(param(scenario, "kernel"), (int) number(scenario, "size"),
                        (int) number(scenario, "steps"));
                work.put("cell updates", cells);
                if ("jacobi".equals(param(scenario, "kernel"))) {
                    work.put("bytes", cells * JACOBI_BYTES_PER_CELL);
                }
            }
            case "bandwidth" -> work.put("bytes", bandwidthBytes(param(scenario, "kernel"), (int) number(scenario, "size")));
            case "granularity", "blocking" -> work.put("tasks", number(scenario, "tasks"));
            case "contention" -> work.put("adds", number(scenario, "adds"));
            default -> {
                // counted in operations
            }
        }
        return work;
    }

    /** GridBench's count in format 1: {@code steps = 0} meant the default for the size. */
    static double gridCellUpdates(String kernel, int size, int steps) {
        long cells = (long) size * size;
        return switch (kernel) {
            case "jacobi" -> (steps == 0 ? Math.max(2, (1L << 24) / cells & ~1L) : steps) * (double) (size - 2) * (size - 2);
            case "inplace" -> (steps == 0 ? Math.max(16, (1L << 25) / cells) : steps) * (double) cells;
            default -> throw new IllegalArgumentException("unknown grid kernel '" + kernel + "'");
        };
    }

    /** BandwidthBench's bytes in format 1: about 2^24 elements per operation, 16 (copy) or 24 (triad) bytes each. */
    static double bandwidthBytes(String kernel, int size) {
        long elements = (long) size * size;
        long passes = Math.max(1, (1L << 24) / elements);
        return switch (kernel) {
            case "copy" -> 16.0 * elements * passes;
            case "triad" -> 24.0 * elements * passes;
            default -> throw new IllegalArgumentException("unknown bandwidth kernel '" + kernel + "'");
        };
    }

    private static String param(Scenario scenario, String name) {
        String value = scenario.params().get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return value;
    }

    private static double number(Scenario scenario, String name) {
        try {
            return Double.parseDouble(param(scenario, name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter " + name + " is not a number: '" + param(scenario, name) + "'");
        }
    }
}
