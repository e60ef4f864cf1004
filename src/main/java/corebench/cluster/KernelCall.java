package corebench.cluster;

import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import corebench.workload.Kernel;
import corebench.workload.Task;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * One submission of the cluster model: consecutive tasks as (kernel wire id, long arguments), run one
 * after another on a member's executor thread; returns their results in order. Travels as plain
 * primitives, so a member runs the very same {@link Kernel#run} as every other model.
 */
public final class KernelCall implements Callable<long[]>, IdentifiedDataSerializable {
    private int[] kernels;
    private long[][] args;

    /** For Hazelcast's factory: the fields are read by {@link #readData}. */
    KernelCall() {
    }

    /** Tasks {@code from .. to-1} of {@code tasks}. */
    public KernelCall(List<Task> tasks, int from, int to) {
        kernels = new int[to - from];
        args = new long[to - from][];
        for (int i = from; i < to; i++) {
            Task t = tasks.get(i);
            kernels[i - from] = t.kernel().wireId();
            args[i - from] = t.args();
        }
    }

    @Override
    public long[] call() {
        long[] results = new long[kernels.length];
        for (int i = 0; i < kernels.length; i++) {
            results[i] = MemberKernels.served(kernels[i], args[i]).run(args[i]);
        }
        return results;
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeIntArray(kernels);
        for (long[] a : args) {
            out.writeLongArray(a);
        }
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        kernels = in.readIntArray();
        args = new long[kernels.length][];
        for (int i = 0; i < kernels.length; i++) {
            args[i] = in.readLongArray();
        }
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
