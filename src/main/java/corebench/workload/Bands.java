package corebench.workload;

/**
 * Cuts a range of rows into contiguous bands of nearly equal height (they differ by at most one row),
 * one task each. Asking for more bands than rows gives one row per band.
 */
public final class Bands {
    private Bands() {
    }

    /**
     * The band boundaries of rows {@code from .. to-1} cut into {@code count} bands: band {@code b} is
     * rows {@code bounds[b] .. bounds[b+1]-1}; there are {@code min(count, to - from)} bands.
     */
    public static int[] split(int from, int to, int count) {
        if (from >= to || count < 1) {
            throw new IllegalArgumentException("cannot cut rows " + from + ".." + (to - 1) + " into " + count + " bands");
        }
        int bands = Math.min(count, to - from);
        int[] bounds = new int[bands + 1];
        for (int b = 0; b <= bands; b++) {
            bounds[b] = from + (int) ((long) (to - from) * b / bands);
        }
        return bounds;
    }
}
