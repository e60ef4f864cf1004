package corebench.workload;

import corebench.workload.SplitMix64;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared-grid workload: a {@code rows × cols} grid in a {@link SharedGrid}, a deterministic initial
 * state, and one run of {@code steps} steps of a kernel through any concurrency model.
 *
 * <ul>
 *   <li>{@link Kind#JACOBI}: {@code steps} Jacobi sweeps; each sweep is one batch of one task per band,
 *       and the batch's completion is the barrier before the next sweep (for child processes: their
 *       replies). Sweeps alternate between plane 0 and plane 1.</li>
 *   <li>{@link Kind#INPLACE}: one batch of one task per band; every cell gets {@code steps} in-place
 *       updates.</li>
 * </ul>
 * The result is the same bits whatever the model and the band plan, so {@link #checksum()} after a run
 * compares exactly with a sequential reference run.
 */
public final class GridWorkload implements AutoCloseable {

    /** The kernel of the workload, by the name used in benchmark parameters. */
    public enum Kind {
        /** 5-point heat-diffusion stencil, double-buffered: memory-bound. */
        JACOBI("jacobi", 2),
        /** Repeated in-place updates of each worker's own rows: compute-bound. */
        INPLACE("inplace", 1);

        private final String id;
        private final int planes;

        Kind(String id, int planes) {
            this.id = id;
            this.planes = planes;
        }

        /** The parameter value naming this kernel. */
        public String id() {
            return id;
        }

        /** The kind named {@code id}; the error lists the valid names. */
        public static Kind byId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown grid kernel '" + id + "'; kernels are jacobi, inplace");
        }
    }

    private final Kind kind;
    private final int steps;
    private final long seed;
    private final SharedGrid grid;

    /**
     * Creates the grid (in shared memory) and writes its initial state.
     *
     * @param steps Jacobi sweeps, or in-place updates per cell, per {@link #run}
     * @param seed  the initial state's seed
     */
    public GridWorkload(Kind kind, int rows, int cols, int steps, long seed) {
        int min = kind == Kind.JACOBI ? 3 : 1;
        if (rows < min || cols < min || steps < 1) {
            throw new IllegalArgumentException(kind.id + " needs at least " + min + "x" + min + " cells and 1 step, was "
                    + rows + "x" + cols + " with " + steps + " steps");
        }
        this.kind = kind;
        this.steps = steps;
        this.seed = seed;
        this.grid = SharedGrid.create(rows, cols, kind.planes);
        try {
            // Plane 1 is written once: Jacobi never writes boundary cells and writes every interior cell
            // of its destination before reading it, so only plane 0 needs resetting between runs.
            for (int p = 0; p < kind.planes; p++) {
                fill(grid.plane(p));
            }
        } catch (RuntimeException | Error e) {
            grid.close();
            throw e;
        }
    }

    /**
     * What a model needs to run the grid: tasks that share this machine's memory (the grid is a mapped
     * file; a cluster's members have none of it). Jacobi hands out one task per band per sweep, so a JVM per
     * submission would measure JVM start-up (64 × workers JVMs per operation at 512²), not the stencil.
     */
    public static List<Need> needs(Kind kind) {
        Need memory = Need.has(Trait.SHARED_MEMORY, "the grid is memory shared by the processes of one machine (a mapped"
                + " file); tasks that run elsewhere have no such memory, so they would have to ship the grid, which is"
                + " another workload");
        if (kind == Kind.JACOBI) {
            return List.of(memory, Need.lacks(Trait.JVM_PER_SUBMISSION, "jacobi not run: a fresh JVM per band per sweep"
                    + " (64 x workers JVMs per operation at 512^2) measures JVM start-up, not the stencil"));
        }
        return List.of(memory);
    }

    /**
     * Steps per run for a {@code size × size} grid such that one run takes some 10–100 ms on one core of
     * a current x86 server (Jacobi ~0.5–1.3 G cell updates/s, in-place ~2–4 G updates/s): Jacobi does
     * an even number of sweeps, at least 2, and about 2^24 cell updates; in-place does at least 16
     * updates per cell (so that it stays compute-bound) and about 2^25 updates.
     */
    public static int defaultSteps(Kind kind, int size) {
        long cells = (long) size * size;
        return switch (kind) {
            case JACOBI -> (int) Math.max(2, (1L << 24) / cells & ~1L);
            case INPLACE -> (int) Math.max(16, (1L << 25) / cells);
        };
    }

    /** Cell updates one {@link #run} performs: what "cells/s" counts. */
    public long cellUpdatesPerRun() {
        return cellUpdates(kind, grid.rows(), grid.cols(), steps);
    }

    /**
     * Cell updates of one run of {@code steps} steps on a {@code rows × cols} grid: Jacobi updates the
     * interior {@code (rows-2)·(cols-2)} cells per sweep, in-place every cell per update.
     */
    public static long cellUpdates(Kind kind, int rows, int cols, int steps) {
        return steps * cellsPerBatch(kind, rows, cols);
    }

    /** The cells one batch updates: Jacobi's interior, or the whole grid for in-place. */
    private static long cellsPerBatch(Kind kind, long rows, long cols) {
        return kind == Kind.JACOBI ? (rows - 2) * (cols - 2) : rows * cols;
    }

    /** Rewrites plane 0 with the initial state, so the next run starts where the reference did. */
    public void reset() {
        fill(grid.plane(0));
    }

    /** Cell i of every plane: a value in [0, 1) derived from (seed, i) only. */
    private void fill(DoubleBuffer plane) {
        int cols = grid.cols();
        double[] row = new double[cols];
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < cols; c++) {
                long i = (long) r * cols + c;
                row[c] = (SplitMix64.mix(seed + i * SplitMix64.GAMMA) >>> 11) * 0x1.0p-53;
            }
            plane.put(r * cols, row);
        }
    }

    /**
     * The batches of one run cut into {@code bands} bands (at most one per row): for Jacobi the sweep
     * from plane 0 and the sweep from plane 1, for in-place the single batch.
     */
    public List<List<Task>> batches(int bands) {
        List<List<Task>> batches = new ArrayList<>(2);
        if (kind == Kind.JACOBI) {
            int[] bounds = Bands.split(1, grid.rows() - 1, bands);
            for (int source = 0; source < 2; source++) {
                List<Task> sweep = new ArrayList<>(bounds.length - 1);
                for (int b = 0; b + 1 < bounds.length; b++) {
                    sweep.add(new Task(Kernel.GRID_JACOBI, grid.key(), source, bounds[b], bounds[b + 1]));
                }
                batches.add(sweep);
            }
        } else {
            int[] bounds = Bands.split(0, grid.rows(), bands);
            List<Task> all = new ArrayList<>(bounds.length - 1);
            for (int b = 0; b + 1 < bounds.length; b++) {
                all.add(new Task(Kernel.GRID_INPLACE, grid.key(), bounds[b], bounds[b + 1], steps));
            }
            batches.add(all);
        }
        return batches;
    }

    /**
     * One run: {@code steps} sweeps (Jacobi) or one batch of {@code steps} updates per cell (in-place),
     * one submission per band. Checks that the bands updated every cell exactly once per batch.
     */
    public void run(TaskRunner model, List<List<Task>> batches) {
        int runs = kind == Kind.JACOBI ? steps : 1;
        long cellsPerBatch = cellsPerBatch(kind, grid.rows(), grid.cols());
        for (int s = 0; s < runs; s++) {
            long cells = 0;
            for (long c : model.run(batches.get(s % batches.size()), 1)) {
                cells += c;
            }
            if (cells != cellsPerBatch) {
                throw new IllegalStateException("batch " + s + " updated " + cells
                        + " cells, expected " + cellsPerBatch);
            }
        }
    }

    /** The plane holding the result of a run. */
    public int resultPlane() {
        return kind == Kind.JACOBI ? steps % 2 : 0;
    }

    /** A 64-bit hash of every bit of the result plane, position by position. */
    public long checksum() {
        DoubleBuffer plane = grid.plane(resultPlane());
        int cols = grid.cols();
        double[] row = new double[cols];
        long sum = 0;
        for (int r = 0; r < grid.rows(); r++) {
            plane.get(r * cols, row);
            for (int c = 0; c < cols; c++) {
                long i = (long) r * cols + c;
                sum += SplitMix64.mix(Double.doubleToRawLongBits(row[c]) + i * SplitMix64.GAMMA);
            }
        }
        return sum;
    }

    /** The underlying grid. */
    public SharedGrid grid() {
        return grid;
    }

    /** Removes the grid's shared file. */
    @Override
    public void close() {
        grid.close();
    }
}
