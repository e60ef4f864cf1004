package corebench.workload;

import java.util.List;

/**
 * The sequential reference of a batch of tasks and the exact comparison against it, for workloads whose
 * every task result must come back unchanged whatever model, worker count or chunk size ran it.
 */
public final class Reference {

    private Reference() {
    }

    /** Every task's result computed here, in order: what any model must return. */
    public static long[] of(List<Task> tasks) {
        long[] results = new long[tasks.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = tasks.get(i).run();
        }
        return results;
    }

    /**
     * Throws, naming {@code who} and the first differing task, unless {@code actual} equals
     * {@code expected} element by element.
     */
    public static void check(long[] actual, long[] expected, String who) {
        if (actual.length != expected.length) {
            throw new IllegalStateException(who + " returned " + actual.length + " results for " + expected.length + " tasks");
        }
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] != expected[i]) {
                throw new IllegalStateException(who + " returned " + actual[i] + " for task " + i
                        + ", the sequential reference " + expected[i]);
            }
        }
    }
}
