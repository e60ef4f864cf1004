package corebench.model;

/** A new platform thread per submission (started and discarded), at most {@code workers} at once. */
public final class ThreadPerTaskModel extends BoundedPerTaskModel {

    public ThreadPerTaskModel(int workers) {
        super(workers, Thread.ofPlatform().name("thread-per-task-", 0).daemon().factory());
    }

    @Override
    public ModelKind kind() {
        return ModelKind.THREAD_PER_TASK;
    }
}
