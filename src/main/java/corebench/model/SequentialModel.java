package corebench.model;

import corebench.workload.Task;
import java.util.List;

/** Runs every task in the calling thread, in order: the baseline every speedup can be measured against. */
public final class SequentialModel implements ConcurrencyModel {
    private final int workers;

    /** The worker count is recorded but ignored: there is only the calling thread. */
    public SequentialModel(int workers) {
        this.workers = workers;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.SEQUENTIAL;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long[] run(List<Task> tasks, int chunkSize) {
        Submissions.checkChunkSize(chunkSize);
        long[] results = new long[tasks.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = tasks.get(i).run();
        }
        return results;
    }

    @Override
    public void close() {
    }
}
