package corebench.model;

/**
 * A virtual thread per submission ({@code Executors.newVirtualThreadPerTaskExecutor} semantics), at most
 * {@code workers} at once. The carrier threads are the JVM's scheduler, sized by the CPUs it may use.
 */
public final class VirtualThreadModel extends BoundedPerTaskModel {

    public VirtualThreadModel(int workers) {
        super(workers, Thread.ofVirtual().name("virtual-", 0).factory());
    }

    @Override
    public ModelKind kind() {
        return ModelKind.VIRTUAL;
    }
}
