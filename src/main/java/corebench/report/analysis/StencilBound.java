package corebench.report.analysis;

import corebench.report.results.Estimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What bounds the grid's Jacobi stencil on this machine, its arithmetic or memory, from the run's own results.
 * Jacobi at a size whose two planes fit in the last-level cache shows the stencil's speed with memory out of
 * the way (per core: the best model on one core); at a size many times the cache, the copy probe at that size
 * shows what memory allows. Where the arithmetic of {@code p} cores (p × the one-core rate) is not well above
 * the probe, Jacobi cannot reach the probe however good the model is: its "% of the probe" is then the
 * kernel's limit, not a concurrency model's.
 *
 * <p>Byte counts follow the STREAM convention (docs/results-format.md): 16 bytes per cell update, so the
 * cache-resident rate reads as the bandwidth the stencil could use if memory were free.
 *
 * @param cachedSize  the cache-resident Jacobi size (cells per side)
 * @param cachedBytes bytes of its two planes
 * @param cacheBytes  the last-level cache
 * @param perCore     the stencil's one-core rate in bytes/s at {@code cachedSize}, best model
 * @param perCoreModel the model that reached it
 * @param cachedProbe the copy probe at {@code cachedSize} on one core, bytes/s (absent if not run)
 * @param memorySize  the size many times the cache
 * @param steps       per core count at {@code memorySize}: arithmetic, probe and the best model's rate
 */
public record StencilBound(int cachedSize, long cachedBytes, long cacheBytes, Estimate perCore, String perCoreModel,
                           Optional<Estimate> cachedProbe, int memorySize, List<Step> steps) {
    /** The grid workload in the results. */
    public static final String GRID = "grid";
    /** Two planes of at most this share of the last-level cache count as cache-resident. */
    static final double CACHED_SHARE = 0.5;
    /** Two planes of at least this many times the last-level cache count as in memory. */
    static final double MEMORY_TIMES = 4;
    /** Arithmetic within this factor of the probe, either way, bounds the stencil as much as memory does. */
    static final double EVEN = 1.25;

    public StencilBound {
        steps = List.copyOf(steps);
    }

    /**
     * One core count at the in-memory size.
     *
     * @param cores      the core count (workers = cores)
     * @param arithmetic what the stencil's arithmetic allows there: cores × the one-core cache-resident rate, bytes/s
     * @param probe      the copy probe at the size and core count, bytes/s
     * @param best       the best model's Jacobi rate there, bytes/s
     * @param model      that model
     */
    public record Step(int cores, double arithmetic, Estimate probe, Estimate best, String model) {
        /** What bounds the stencil at this step, in words. */
        String bound() {
            double ratio = arithmetic / probe.value();
            if (ratio < 1 / EVEN) {
                return "its arithmetic bounds it";
            }
            return ratio <= EVEN ? "arithmetic and memory bound it about equally" : "memory bounds it";
        }
    }

    /**
     * The bound from a run with Jacobi at a cache-resident and an in-memory size and the copy probe at the latter;
     * empty otherwise (or when machine.json gave no cache size).
     */
    public static Optional<StencilBound> of(RunAnalysis analysis) {
        long cache = analysis.results().machine().lastLevelCacheBytes();
        List<WorkloadRow> jacobi = WorkloadRow.of(analysis, GRID).stream()
                .filter(w -> "jacobi".equals(w.param("kernel")) && w.param("size") != null
                        && w.row().workers() == w.row().cores() && w.row().bytesPerSecond().isPresent()
                        && (w.param("bandsPerWorker") == null || "1".equals(w.param("bandsPerWorker"))))
                .toList();
        if (cache <= 0 || jacobi.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> cached = jacobi.stream().map(w -> (int) w.number("size"))
                .filter(n -> planesBytes(n) <= CACHED_SHARE * cache).min(Comparator.naturalOrder());
        Optional<Integer> memory = jacobi.stream().map(w -> (int) w.number("size"))
                .filter(n -> planesBytes(n) >= MEMORY_TIMES * cache).max(Comparator.naturalOrder());
        if (cached.isEmpty() || memory.isEmpty()) {
            return Optional.empty();
        }
        Optional<WorkloadRow> oneCore = best(jacobi, cached.get(), 1);
        if (oneCore.isEmpty()) {
            return Optional.empty();
        }
        Estimate perCore = bytesPerSecond(oneCore.get());
        CopyProbe probe = CopyProbe.of(analysis);
        List<Step> steps = new ArrayList<>();
        jacobi.stream().filter(w -> (int) w.number("size") == memory.get()).map(w -> w.row().cores()).distinct().sorted()
                .forEach(cores -> probe.at(String.valueOf(memory.get()), cores).ifPresent(p -> {
                    WorkloadRow b = best(jacobi, memory.get(), cores).orElseThrow();
                    steps.add(new Step(cores, cores * perCore.value(), p, bytesPerSecond(b), b.model()));
                }));
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StencilBound(cached.get(), planesBytes(cached.get()), cache, perCore, oneCore.get().model(),
                probe.at(String.valueOf(cached.get()), 1), memory.get(), steps));
    }

    /** Two report lines: the stencil in cache, then what bounds it at each core count in memory. */
    public List<String> sentences() {
        StringBuilder cached = new StringBuilder(String.format(Locale.ROOT,
                "Jacobi's own speed: at %d² its two planes (%s) fit the %s last-level cache, and on 1 core the best model (%s)"
                        + " runs the stencil at %s GB/s-equivalent (16 bytes per cell)",
                cachedSize, mib(cachedBytes), mib(cacheBytes), perCoreModel, gbs(perCore)));
        cachedProbe.ifPresent(p -> cached.append(String.format(Locale.ROOT,
                ", %.0f%% of what the copy probe moves at that size", 100 * perCore.value() / p.value())));
        cached.append(": in cache its arithmetic, not memory, sets its pace; p cores can do at most p times that.");
        StringBuilder memory = new StringBuilder(String.format(Locale.ROOT, "At %d² (%s, in memory):", memorySize,
                mib(planesBytes(memorySize))));
        for (Step s : steps) {
            memory.append(String.format(Locale.ROOT,
                    " %d %s: the arithmetic allows ~%.1f GB/s, memory (the copy probe) %s, so %s; the best model (%s) reaches %s GB/s,"
                            + " %.0f%% of the probe;",
                    s.cores(), s.cores() == 1 ? "core" : "cores", s.arithmetic() / 1e9, gbs(s.probe()) + " GB/s", s.bound(),
                    s.model(), gbs(s.best()), 100 * s.best().value() / s.probe().value()));
        }
        memory.setLength(memory.length() - 1);
        memory.append(". Where arithmetic is not well above memory, no model can bring Jacobi to the probe: the gap is"
                + " the kernel's (scalar code: the JIT does not vectorise a stencil whose source and destination planes"
                + " it cannot prove apart), not the concurrency model's.");
        return List.of(cached.toString(), memory.toString());
    }

    private static long planesBytes(int size) {
        return 2L * size * size * Double.BYTES;
    }

    private static Optional<WorkloadRow> best(List<WorkloadRow> jacobi, int size, int cores) {
        return jacobi.stream().filter(w -> (int) w.number("size") == size && w.row().cores() == cores)
                .max(Comparator.comparingDouble(w -> bytesPerSecond(w).value()));
    }

    private static Estimate bytesPerSecond(WorkloadRow w) {
        return w.row().bytesPerSecond().orElseThrow();
    }

    private static String gbs(Estimate bytesPerSecond) {
        return bytesPerSecond.hasError()
                ? String.format(Locale.ROOT, "%.1f ± %.1f", bytesPerSecond.value() / 1e9, bytesPerSecond.error() / 1e9)
                : String.format(Locale.ROOT, "%.1f", bytesPerSecond.value() / 1e9);
    }

    private static String mib(long bytes) {
        return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
