package corebench.workload;

import java.util.Arrays;
import java.util.Locale;

/**
 * The four kernels of McCalpin's STREAM benchmark over three arrays {@code a, b, c} and a scalar
 * {@code s}, with STREAM's byte convention: every element an array access reads or writes counts
 * {@value Double#BYTES} bytes once; the write-allocate read of the destination's cache line, which the
 * hardware does too, is not counted. So:
 * <pre>
 * copy   c[i] = a[i]            16 bytes per element
 * scale  b[i] = s * c[i]        16
 * add    c[i] = a[i] + b[i]     24
 * triad  a[i] = b[i] + s * c[i] 24
 * </pre>
 * The grid's Jacobi stencil is counted the same way (16 bytes per cell update: one plane read, one
 * written), so it compares with {@code copy}. Each kernel writes one array and reads the others, so it
 * can be repeated on the same arrays and gives the same values every time (it is checked that way).
 */
public enum StreamKernel {
    COPY(2) {
        @Override
        void apply(double[] a, double[] b, double[] c, int from, int to) {
            for (int i = from; i < to; i++) {
                c[i] = a[i];
            }
        }

        @Override
        double expected(double a, double b, double c) {
            return a;
        }

        @Override
        double[] destination(double[] a, double[] b, double[] c) {
            return c;
        }
    },
    SCALE(2) {
        @Override
        void apply(double[] a, double[] b, double[] c, int from, int to) {
            for (int i = from; i < to; i++) {
                b[i] = SCALAR * c[i];
            }
        }

        @Override
        double expected(double a, double b, double c) {
            return SCALAR * c;
        }

        @Override
        double[] destination(double[] a, double[] b, double[] c) {
            return b;
        }
    },
    ADD(3) {
        @Override
        void apply(double[] a, double[] b, double[] c, int from, int to) {
            for (int i = from; i < to; i++) {
                c[i] = a[i] + b[i];
            }
        }

        @Override
        double expected(double a, double b, double c) {
            return a + b;
        }

        @Override
        double[] destination(double[] a, double[] b, double[] c) {
            return c;
        }
    },
    TRIAD(3) {
        @Override
        void apply(double[] a, double[] b, double[] c, int from, int to) {
            for (int i = from; i < to; i++) {
                a[i] = b[i] + SCALAR * c[i];
            }
        }

        @Override
        double expected(double a, double b, double c) {
            return b + SCALAR * c;
        }

        @Override
        double[] destination(double[] a, double[] b, double[] c) {
            return a;
        }
    };

    /** STREAM's scalar. */
    public static final double SCALAR = 3.0;
    /**
     * Elements per call of the loop: a pass is many short calls rather than one long loop, so the JIT
     * compiles the loop as a normal (vectorised) method instead of only on-stack-replacing a long loop
     * that runs a few times per second; 32 KiB per array per call makes the call itself negligible.
     */
    static final int BLOCK = 4096;

    private final int arrays;

    StreamKernel(int arrays) {
        this.arrays = arrays;
    }

    /** The kernel named {@code copy}, {@code scale}, {@code add} or {@code triad}; throws otherwise. */
    public static StreamKernel byName(String name) {
        return Arrays.stream(values()).filter(k -> k.id().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("kernel must be copy, scale, add or triad, was " + name));
    }

    /** The name results carry: {@code copy}, {@code scale}, {@code add} or {@code triad}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Bytes one element of one pass counts, by STREAM's convention (see the class comment). */
    public int bytesPerElement() {
        return arrays * Double.BYTES;
    }

    /** One pass over elements {@code 0 .. length-1} of the arrays, in blocks of {@link #BLOCK}. */
    public void pass(double[] a, double[] b, double[] c) {
        for (int from = 0; from < a.length; from += BLOCK) {
            apply(a, b, c, from, Math.min(a.length, from + BLOCK));
        }
    }

    /**
     * Spoils one element per block of the destination, so that a pass that skips a block leaves a wrong
     * value that {@link #firstWrong} finds; far cheaper than clearing the array.
     */
    public void spoil(double[] a, double[] b, double[] c) {
        double[] d = destination(a, b, c);
        for (int i = 0; i < d.length; i += BLOCK) {
            d[i] = Double.NaN;
        }
    }

    /** The index of the first destination element that does not hold the kernel's result, or -1. */
    public int firstWrong(double[] a, double[] b, double[] c) {
        double[] d = destination(a, b, c);
        for (int i = 0; i < d.length; i++) {
            if (Double.doubleToRawLongBits(d[i]) != Double.doubleToRawLongBits(expected(a[i], b[i], c[i]))) {
                return i;
            }
        }
        return -1;
    }

    /** The loop itself over {@code from .. to-1}. */
    abstract void apply(double[] a, double[] b, double[] c, int from, int to);

    /** What the destination element holds after the kernel, from the elements before it ran. */
    abstract double expected(double a, double b, double c);

    /** The array the kernel writes. */
    abstract double[] destination(double[] a, double[] b, double[] c);
}
