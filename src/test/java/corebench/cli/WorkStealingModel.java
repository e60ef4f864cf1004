package corebench.cli;

import corebench.model.ConcurrencyModel;
import corebench.model.ModelType;
import corebench.workload.Task;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A throw-away tenth model, in one class and registered the way a model from another jar is (a Java
 * service): {@link TenthModelTest} shows that the sweep, the matcher, the benchmarks and the report take it
 * without a change anywhere else. Each submission goes to a work-stealing pool of {@code workers} threads.
 */
public final class WorkStealingModel implements ModelType {
    /** Its result name. */
    public static final String ID = "work-stealing";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "a throw-away test model: Executors.newWorkStealingPool(workers)";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.SHARED_HEAP, Trait.SHARED_MEMORY);
    }

    @Override
    public ConcurrencyModel create(int workers) {
        ExecutorService pool = Executors.newWorkStealingPool(workers);
        ModelType kind = this;
        return new ConcurrencyModel() {
            @Override
            public ModelType kind() {
                return kind;
            }

            @Override
            public int workers() {
                return workers;
            }

            @Override
            public long[] run(List<Task> tasks, int chunkSize) {
                long[] results = new long[tasks.size()];
                List<Future<?>> submissions = new ArrayList<>();
                for (int from = 0; from < tasks.size(); from += chunkSize) {
                    int start = from;
                    int end = Math.min(tasks.size(), from + chunkSize);
                    submissions.add(pool.submit(() -> {
                        for (int i = start; i < end; i++) {
                            results[i] = tasks.get(i).run();
                        }
                    }));
                }
                try {
                    for (Future<?> f : submissions) {
                        f.get();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
                return results;
            }

            @Override
            public void close() {
                pool.shutdownNow();
            }
        };
    }
}
