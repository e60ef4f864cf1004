package corebench.cluster;

import com.hazelcast.nio.serialization.DataSerializableFactory;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;

/**
 * Creates corebench's Hazelcast data objects by class id on the receiving side. Registered in every member
 * and client configuration ({@link ClusterConfigs}); ids are fixed so members and clients of the same
 * corebench build always agree.
 */
final class Serializables implements DataSerializableFactory {
    /** corebench's factory id, distinct from Hazelcast's own (which are negative). */
    static final int FACTORY_ID = 0x0C0B;
    static final int KERNEL_CALL = 1;
    static final int MEMBER_PROBE = 2;
    static final int QUEUE_CONSUMER = 3;

    @Override
    public IdentifiedDataSerializable create(int typeId) {
        return switch (typeId) {
            case KERNEL_CALL -> new KernelCall();
            case MEMBER_PROBE -> new MemberProbe();
            case QUEUE_CONSUMER -> new QueueConsumer();
            default -> throw new IllegalArgumentException("unknown corebench class id " + typeId
                    + ": is the member running another corebench build?");
        };
    }
}
