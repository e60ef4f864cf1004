package corebench.report.analysis;

import corebench.report.results.Estimate;
import corebench.report.results.Machine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Figures that cannot be what they say: a parallel efficiency above 100% (a speedup above the core count) beyond
 * its interval, or with no interval at all (not claimed), with its likely cause. On a grid whose per-core slice fits in the last-level
 * cache while the whole grid did not, the cause is the cache (super-linear speedup is real there);
 * otherwise it is a disturbed baseline: the 1-core run was slowed by something else.
 */
public final class Plausibility {

    /** Bytes per cell of each grid kernel's arrays: Jacobi reads one 8-byte array and writes another. */
    private static final int JACOBI_BYTES_PER_CELL = 16;
    private static final int INPLACE_BYTES_PER_CELL = 8;

    private Plausibility() {
    }

    /** One sentence per implausible efficiency of {@code row} (vs its own 1 core, vs sequential); empty when none. */
    public static List<String> flags(ScenarioAnalysis s, String model, Row row, Machine machine) {
        List<String> flags = new ArrayList<>();
        if (row.cores() < 2 || row.workers() != row.cores()) {
            return flags;
        }
        check(row.efficiency(), "vs its 1 core", s, model, row, machine).ifPresent(flags::add);
        check(row.speedupVsSequential().times(1.0 / row.cores()), "vs sequential", s, model, row, machine)
                .ifPresent(flags::add);
        return flags;
    }

    /** Every flag of a run, one line each. */
    public static List<String> flags(RunAnalysis analysis) {
        List<String> flags = new ArrayList<>();
        for (ScenarioAnalysis s : analysis.scenarios()) {
            for (ModelSeries m : s.models()) {
                m.scaling().forEach(r -> flags.addAll(flags(s, m.model(), r, analysis.results().machine())));
            }
        }
        return flags;
    }

    private static Optional<String> check(Estimate efficiency, String against, ScenarioAnalysis s, String model,
                                                    Row row, Machine machine) {
        if (!efficiency.present() || efficiency.value() <= 1) {
            return Optional.empty();
        }
        if (!efficiency.hasError()) {
            // not claimed: no interval to hold the figure against, so above 100% is flagged as it stands
            return Optional.of(String.format(Locale.ROOT, "%s: %s on %d cores: efficiency %.0f%% %s is above 100%% and"
                            + " has no interval (not claimed): %s", s.label(), model, row.cores(), 100 * efficiency.value(),
                    against, cause(s, row.cores(), machine)));
        }
        if (efficiency.value() - efficiency.error() <= 1) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s: %s on %d cores: efficiency %.0f%% ± %.0f%% %s is above"
                        + " 100%% beyond its interval: %s", s.label(), model, row.cores(), 100 * efficiency.value(),
                100 * efficiency.error(), against, cause(s, row.cores(), machine)));
    }

    /** The likely cause of a super-linear speedup. */
    static String cause(ScenarioAnalysis s, int cores, Machine machine) {
        String size = s.scenario().params().get("size");
        String kernel = s.scenario().params().get("kernel");
        long cache = machine.lastLevelCacheBytes();
        if ("grid".equals(s.scenario().workload()) && size != null && cache > 0) {
            long n = Long.parseLong(size.trim());
            long bytes = n * n * ("inplace".equals(kernel) ? INPLACE_BYTES_PER_CELL : JACOBI_BYTES_PER_CELL);
            if (bytes / cores <= cache && bytes > cache) {
                return String.format(Locale.ROOT, "each core's slice of the grid (%.1f MiB) fits in the %.0f MiB"
                        + " last-level cache, the whole grid (%.1f MiB) did not", bytes / (double) cores / (1 << 20),
                        cache / (double) (1 << 20), bytes / (double) (1 << 20));
            }
        }
        return "likely a disturbed baseline (its 1-core run was slowed by something else)";
    }
}
