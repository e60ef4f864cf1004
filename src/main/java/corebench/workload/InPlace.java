package corebench.workload;

import java.nio.DoubleBuffer;

/**
 * The seeds' literal shared-array case: each task owns a band of rows of plane 0 and updates every one
 * of its cells in place, {@code updates} times {@code cell += 1e-6 * col + row}.
 *
 * <p>The updates of one cell form a chain of dependent additions (a few cycles each), so the kernel is
 * compute-bound for any grid size once {@code updates} is more than a handful: the counterpart of the
 * memory-bound {@link Jacobi}. A cell's result depends only on its own value, row and column, so bands
 * and models cannot change it.
 */
public final class InPlace {
    private InPlace() {
    }

    /** The kernel: args (gridKey, rowFrom, rowTo, updates); returns the cells updated. */
    public static long update(long[] args) {
        return update(GridRegistry.get(args[0]), (int) args[1], (int) args[2], args[3]);
    }

    /** Applies {@code updates} increments to every cell of rows {@code from .. to-1} of plane 0. */
    static long update(SharedGrid grid, int from, int to, long updates) {
        int cols = grid.cols();
        if (from < 0 || to > grid.rows() || from > to || updates < 0) {
            throw new IllegalArgumentException("inplace: bad band " + from + ".." + to + " with " + updates
                    + " updates on a " + grid.rows() + "x" + cols + " grid");
        }
        DoubleBuffer cells = grid.plane(0);
        for (int r = from; r < to; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                double increment = 0.000001 * c + r;
                double v = cells.get(i);
                for (long k = 0; k < updates; k++) {
                    v += increment;
                }
                cells.put(i, v);
            }
        }
        return (long) (to - from) * cols;
    }
}
