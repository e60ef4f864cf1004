package corebench.workload;

import java.nio.DoubleBuffer;

/**
 * One Jacobi sweep of the 5-point heat-diffusion stencil over a band of rows: every interior cell of
 * the destination plane becomes the mean of its four neighbours in the source plane,
 * {@code 0.25 * (left + right + up + down)} in that order of additions. Boundary rows and columns never
 * change.
 *
 * <p>Double buffering makes a sweep's result independent of how its rows are cut into bands and in
 * which order the bands run: a band reads only the source plane and writes only its own rows of the
 * destination plane. Java evaluates the expression in strict IEEE order without fused multiply-adds,
 * so every model computes the same bits.
 *
 * <p>The kernel reads and writes the mapping directly with absolute get/put, which the JIT compiles
 * to plain loads and stores: measured as fast as the same loop on heap arrays, and nearly twice as fast
 * as copying rows out to arrays and back. The three source rows a destination row needs stay in cache,
 * so memory traffic is one read of each source cell and one write of each destination cell.
 */
public final class Jacobi {
    private Jacobi() {
    }

    /** The kernel: args (gridKey, sourcePlane 0 or 1, rowFrom, rowTo); returns the cells updated. */
    public static long sweep(long[] args) {
        return sweep(GridRegistry.get(args[0]), (int) args[1], (int) args[2], (int) args[3]);
    }

    /** Writes rows {@code from .. to-1} of plane {@code 1 - source} from plane {@code source}. */
    static long sweep(SharedGrid grid, int source, int from, int to) {
        int rows = grid.rows();
        int cols = grid.cols();
        if (source < 0 || source > 1 || from < 1 || to > rows - 1 || from > to || cols < 3 || grid.planes() < 2) {
            throw new IllegalArgumentException("jacobi: bad band " + from + ".." + to + " of plane " + source
                    + " on a " + rows + "x" + cols + " grid (interior rows are 1.." + (rows - 2) + ")");
        }
        DoubleBuffer in = grid.plane(source);
        DoubleBuffer out = grid.plane(1 - source);
        for (int r = from; r < to; r++) {
            int row = r * cols;
            for (int i = row + 1; i < row + cols - 1; i++) {
                out.put(i, 0.25 * (in.get(i - 1) + in.get(i + 1) + in.get(i - cols) + in.get(i + cols)));
            }
        }
        return (long) (to - from) * (cols - 2);
    }
}
