package corebench.report.analysis;

import corebench.report.results.Estimate;

/**
 * The Karp–Flatt metric: the experimentally determined serial fraction
 * {@code e(p) = (1/S - 1/p) / (1 - 1/p)} from a measured speedup S on p cores. Unlike a fitted Amdahl
 * fraction it is computed per core count; an {@code e} that grows with p points at parallel overhead
 * (synchronisation, hand-offs) rather than at a fixed serial part.
 */
public final class KarpFlatt {

    private KarpFlatt() {
    }

    /** The serial fraction with its error ({@code |de/dS| = 1 / (S^2 (1 - 1/p))}); none for p = 1. */
    public static Estimate of(Estimate speedup, int cores) {
        if (cores < 2 || !speedup.present()) {
            return Estimate.NONE;
        }
        double s = speedup.value();
        double q = 1 - 1.0 / cores;
        return new Estimate((1 / s - 1.0 / cores) / q, speedup.error() / (s * s * q));
    }
}
