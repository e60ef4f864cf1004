package corebench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.internal.serialization.InternalSerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import corebench.workload.Kernel;
import corebench.workload.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, member: Hazelcast's array readers allocate the length a sender claims, so a few bytes from a peer
 * claiming 2^31 - 1 tasks made a member allocate 8 GB. A call's counts are now checked before anything is allocated.
 */
class KernelCallReadBoundTest {
    private final InternalSerializationService serialization = new DefaultSerializationServiceBuilder()
            .addDataSerializableFactory(Serializables.FACTORY_ID, new Serializables()).build();

    @Test
    void aCallTravelsAsBefore() throws Exception {
        KernelCall call = new KernelCall(List.of(new Task(Kernel.ECHO, 4), new Task(Kernel.ECHO, 5)), 0, 2);
        KernelCall back = serialization.toObject(serialization.toData(call));
        assertThat(back.call()).containsExactly(4, 5);
    }

    @Test
    void aClaimOfBillionsOfTasksIsRefusedBeforeAllocating() {
        assertThatThrownBy(() -> serialization.toObject(serialization.toData(new Claim(Integer.MAX_VALUE))))
                .hasStackTraceContaining("a kernel call with 2147483647 tasks (at most 65536)");
    }

    /** A peer's message in KernelCall's format that claims {@code count} tasks and carries none. */
    private record Claim(int count) implements IdentifiedDataSerializable {
        @Override
        public void writeData(ObjectDataOutput out) throws java.io.IOException {
            out.writeInt(count);
        }

        @Override
        public void readData(ObjectDataInput in) {
            throw new UnsupportedOperationException("only sent");
        }

        @Override
        public int getFactoryId() {
            return Serializables.FACTORY_ID;
        }

        @Override
        public int getClassId() {
            return Serializables.KERNEL_CALL;
        }
    }
}
