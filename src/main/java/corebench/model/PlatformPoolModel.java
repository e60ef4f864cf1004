package corebench.model;

import java.util.concurrent.Executors;

/** A fixed pool of {@code workers} platform threads, reused across batches. */
public final class PlatformPoolModel extends ExecutorModel {

    public PlatformPoolModel(int workers) {
        super(workers, Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("platform-pool-", 0).daemon().factory()));
    }

    @Override
    public ModelKind kind() {
        return ModelKind.PLATFORM_POOL;
    }
}
