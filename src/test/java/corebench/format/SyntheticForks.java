package corebench.format;

import java.util.SplittableRandom;

/**
 * Forks drawn from a known process (seeded): each fork has its own level around the true mean (what varies
 * between JVM invocations), Gaussian iteration noise, a warm-up that decays into the steady state, and
 * sometimes a burst of slow iterations.
 */
final class SyntheticForks {
    static final double TRUE_MEAN = 10.0;
    private final SplittableRandom random;
    double forkSpread = 0.03;
    double iterationNoise = 0.01;
    double warmup = 0.30;
    double burstChance = 0.3;
    double burstSize = 0.5;
    double warmupDecay = 1.5;

    SyntheticForks(long seed) {
        random = new SplittableRandom(seed);
    }

    double[][] forks(int forks, int iterations) {
        double[][] raw = new double[forks][];
        for (int f = 0; f < forks; f++) {
            raw[f] = fork(TRUE_MEAN * (1 + forkSpread * gaussian()), iterations);
        }
        return raw;
    }

    /**
     * One fork at {@code level}: a warm-up of {@code warmup} that decays by {@code e^warmupDecay} per iteration
     * (30%, 6.7%, 1.5%, 0.3%: beneath the noise by the fourth iteration, where no test can see it, so it
     * biases the fork's mean a little), noise, and maybe a 2-iteration burst.
     */
    double[] fork(double level, int iterations) {
        double[] x = new double[iterations];
        int burstAt = random.nextDouble() < burstChance ? 2 + random.nextInt(iterations - 4) : -1;
        for (int i = 0; i < iterations; i++) {
            double shift = warmup * Math.exp(-warmupDecay * i) + (burstAt >= 0 && (i == burstAt || i == burstAt + 1) ? burstSize : 0);
            x[i] = level * (1 + shift + iterationNoise * gaussian());
        }
        return x;
    }

    double gaussian() {
        // Box-Muller from the seeded stream
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
