package corebench.bench;

import corebench.model.SequentialModel;
import corebench.workload.GridWorkload;
import corebench.workload.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The shared grid, memory-bound ({@code jacobi}) or compute-bound ({@code inplace}): a
 * {@code size × size} grid of doubles in shared memory that every model, child JVMs included, updates
 * in row bands ({@code workers × bandsPerWorker} bands, one task and one submission each).
 *
 * <p><b>One operation</b> is one {@link GridWorkload#run run} from the initial state:
 * <ul>
 *   <li>{@code jacobi}: {@code steps} sweeps of the 5-point stencil, one batch per sweep (its completion
 *       is the barrier), {@code steps·(size−2)²} cell updates;</li>
 *   <li>{@code inplace}: one batch in which every cell gets {@code steps} dependent in-place updates,
 *       {@code steps·size²} cell updates.</li>
 * </ul>
 * {@code steps = 0} means {@link GridWorkload#defaultSteps} (10–100 ms per operation on one core).
 * Each operation records its count ({@link GridWorkload#cellUpdatesPerRun}) and, for Jacobi, its bytes in
 * the result ({@link Work}), so cells/s = cellUpdatesPerOp / (score in s) without this code.
 *
 * <p><b>Bytes.</b> A Jacobi cell update is counted as {@value #JACOBI_BYTES_PER_CELL} bytes of memory
 * traffic: the 8-byte read of its source cell and the 8-byte write of its destination cell. The other
 * three source cells it reads are its neighbours in the same row and in the rows above and below, which
 * the sweep read moments before or reads moments later: three rows (96 KiB at 4096 columns) stay in a
 * core's L2 cache (1 MiB on the machine this was written on), so each source cell comes from memory
 * once per sweep. As in STREAM, the
 * write-allocate read of each destination line is not counted, so Jacobi GB/s compares directly with
 * {@link BandwidthBench}'s {@code copy} GB/s (also 16 bytes per element on the same convention). For
 * {@code inplace} bytes/s means nothing: it is compute-bound by design.
 *
 * <p><b>Checks.</b> The sequential reference (one band, calling thread) is computed in setup; before
 * every operation the grid is reset to the initial state and after it the result plane's checksum must
 * equal the reference's bit for bit, otherwise the benchmark fails. Reset and check run outside the
 * measured time (invocation-level fixtures, harmless at milliseconds per operation).
 *
 * <p>{@code process-per-task} starts a JVM per band per sweep: expect seconds per operation; the sweep
 * gives it small sizes only.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar GridBench.run -p model=platform-pool -p workers=2 -p kernel=jacobi -p size=4096 -p bandsPerWorker=1 -foe true
 * }</pre>
 */
public class GridBench extends ModelBench {
    /** Bytes of memory traffic counted per Jacobi cell update (see the class comment). */
    public static final int JACOBI_BYTES_PER_CELL = 16;
    private static final long SEED = 20261121;

    /** {@code jacobi} (memory-bound stencil) or {@code inplace} (compute-bound updates of own rows). */
    @Param({"jacobi", "inplace"})
    public String kernel;

    /** Rows and columns: 512² fits in L3 (2 MiB a plane), 2048² and 4096² stream from memory. */
    @Param({"512", "2048", "4096"})
    public int size;

    /** Bands (tasks) per worker and batch: 1 is the coarsest split, 4 shows load balance. */
    @Param({"1", "4"})
    public int bandsPerWorker;

    /** Jacobi sweeps, or in-place updates per cell, per operation; 0: {@link GridWorkload#defaultSteps}. */
    @Param({"0"})
    public int steps;

    private GridWorkload workload;
    private List<List<Task>> batches;
    private long expectedChecksum;
    private double cellUpdates;
    private double bytes;

    private static int resolveSteps(GridWorkload.Kind kind, int size, int steps) {
        return steps == 0 ? GridWorkload.defaultSteps(kind, size) : steps;
    }

    @Setup(Level.Trial)
    public void createGrid() {
        GridWorkload.Kind kind = GridWorkload.Kind.byId(kernel);
        refuseUnless(GridWorkload.needs(kind));
        if (bandsPerWorker < 1) {
            throw new IllegalArgumentException("bandsPerWorker must be at least 1, was " + bandsPerWorker);
        }
        workload = new GridWorkload(kind, size, size, resolveSteps(kind, size, steps), SEED);
        try {
            workload.run(new SequentialModel(1), workload.batches(1));
            expectedChecksum = workload.checksum();
            batches = workload.batches(workers * bandsPerWorker);
            cellUpdates = workload.cellUpdatesPerRun();
            bytes = kind == GridWorkload.Kind.JACOBI ? cellUpdates * JACOBI_BYTES_PER_CELL : Double.NaN;
        } catch (RuntimeException | Error e) {
            workload.close();
            throw e;
        }
    }

    @Setup(Level.Invocation)
    public void resetGrid() {
        workload.reset();
    }

    @Benchmark
    public void run(Work.CellUpdates cells, Work.Bytes traffic) {
        cells.cellUpdatesPerOp = cellUpdates;
        traffic.bytesPerOp = bytes;
        workload.run(concurrency, batches);
    }

    @TearDown(Level.Invocation)
    public void checkGrid() {
        long checksum = workload.checksum();
        if (checksum != expectedChecksum) {
            throw new IllegalStateException(model + " with " + workers + " workers and " + batches.get(0).size()
                    + " bands computed a " + kernel + " grid with checksum " + Long.toHexString(checksum)
                    + ", the sequential reference " + Long.toHexString(expectedChecksum));
        }
    }

    @TearDown(Level.Trial)
    public void removeGrid() {
        if (workload != null) {
            workload.close();
        }
    }

    /** The benchmark the sweep runs. */
    public static final String BENCHMARK = "corebench.bench.GridBench.run";

    /**
     * The shared grid in the sweep, with the bandwidth probe it is judged against: {@code jacobi} (memory-bound) at
     * 512² (in cache) and 4096² (main memory), one band per worker, plus four bands per worker at 4096² on the top
     * step for load balance; {@code inplace} (compute-bound) at 2048²; the STREAM-style probe at Jacobi's sizes with
     * workers = cores, at every core count. The short plan runs Jacobi and the probe's copy at 4096² only. Models that
     * fail the grid's {@linkplain GridWorkload#needs needs} do not run it and are recorded with the reason.
     */
    public static final Workload WORKLOAD = new Workload("grid", "shared grid in memory-mapped shared memory: Jacobi "
            + "stencil (memory-bound) and in-place updates (compute-bound) in row bands, with a STREAM-style bandwidth probe",
            GridBench::runs, GridBench::jacobiOnly, GridBench::workSeconds);

    /** Jacobi per cell update per core (reference run: ~700 Mcells/s on one core). */
    static final double JACOBI_SECONDS_PER_CELL = 1.4e-9;

    /** The headline is Jacobi: in-place updates and the probe are not. */
    private static boolean jacobiOnly(Map<String, List<String>> params) {
        List<String> kernels = params.getOrDefault("kernel", List.of());
        return !kernels.isEmpty() && kernels.stream().allMatch("jacobi"::equals);
    }

    /** Jacobi's operations grow with the machine ({@code steps}); the others stay short. */
    private static double workSeconds(Map<String, String> params, int workers) {
        if (!"jacobi".equals(params.get("kernel")) || !params.containsKey("steps")) {
            return 0;
        }
        double size = Double.parseDouble(params.get("size"));
        return Double.parseDouble(params.get("steps")) * size * size * JACOBI_SECONDS_PER_CELL;
    }

    private static List<RunStep.Run> runs(RunStep step) {
        for (String model : step.models()) {
            for (GridWorkload.Kind kind : GridWorkload.Kind.values()) {
                step.skipUnfit(List.of(model), "", GridWorkload.needs(kind));
            }
        }
        List<String> models = RunStep.fitting(step.scalingModels(), GridWorkload.needs(GridWorkload.Kind.INPLACE));
        List<String> jacobiModels = RunStep.fitting(step.scalingModels(), GridWorkload.needs(GridWorkload.Kind.JACOBI));
        List<RunStep.Run> runs = new ArrayList<>();
        if (step.quick()) {
            add(runs, step, "jacobi", jacobiModels, "jacobi", "4096", "1");
            runs.add(BandwidthBench.probe(step, List.of("copy"), List.of("4096")));
            return runs;
        }
        for (String size : List.of("512", "4096")) {
            add(runs, step, "jacobi-" + size, jacobiModels, "jacobi", size, "1");
        }
        if (step.top() && step.cores() > 1) {
            add(runs, step, "jacobi-balance", jacobiModels, "jacobi", "4096", "4");
        }
        add(runs, step, "inplace", models, "inplace", "2048", "1");
        runs.add(BandwidthBench.probe(step, List.of("copy", "scale", "add", "triad"), List.of("512", "4096")));
        return runs;
    }

    private static void add(List<RunStep.Run> runs, RunStep step, String suffix, List<String> models, String kernel,
                            String size, String bandsPerWorker) {
        if (models.isEmpty()) {
            return;
        }
        RunStep.Run run = step.run(suffix, BENCHMARK).models(models).with("workers", step.workers())
                .with("kernel", List.of(kernel)).with("size", List.of(size)).with("bandsPerWorker", List.of(bandsPerWorker));
        // Jacobi in main memory is strong scaling: its sweeps per operation grow with the machine. At 512² (in cache)
        // a band of a many-core step is a few rows, whatever the sweeps: more of them would only cost time.
        // (On machines of up to 3 CPUs the sizes are the 2-CPU ones: steps stays 0, the size's default.)
        if (kernel.equals("jacobi") && !size.equals("512") && ScaledSizes.factor(step.maxCores()) > 1) {
            run = run.with("steps", List.of(String.valueOf(ScaledSizes.jacobiSteps(Integer.parseInt(size), step.maxCores()))));
        }
        runs.add(run);
    }
}
