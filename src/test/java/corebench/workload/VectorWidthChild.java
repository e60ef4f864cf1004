package corebench.workload;

/**
 * Run by {@link MonteCarloVectorWidthTest} in a JVM with a smaller vector size: prints the SIMD kernel's
 * lanes per vector, then its hit sum over {@link MonteCarloVectorWidthTest#cases()} before and after C2
 * compiled it.
 */
public final class VectorWidthChild {

    private VectorWidthChild() {
    }

    public static void main(String[] args) {
        long before = sum();
        long warm = 0;
        for (int i = 0; i < 3000; i++) {
            warm += MonteCarloSimd.hits(new long[] {i, i, 4096 + i % 8});
        }
        System.out.println(MonteCarloSimd.SPECIES.length() + " " + before + " " + sum() + " " + (warm > 0));
    }

    static long sum() {
        long sum = 0;
        for (long[] c : MonteCarloVectorWidthTest.cases()) {
            sum += MonteCarloSimd.hits(c);
        }
        return sum;
    }
}
