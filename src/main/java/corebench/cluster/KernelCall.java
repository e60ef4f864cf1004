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
    /** Tasks in one call, at most: a sweep's submissions are far smaller. */
    static final int MAX_TASKS = 1 << 16;
    /** Arguments of one task, at most: a kernel takes up to six. */
    static final int MAX_ARGS = 16;
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
        out.writeInt(kernels.length);
        for (int i = 0; i < kernels.length; i++) {
            out.writeInt(kernels[i]);
            out.writeInt(args[i].length);
            for (long a : args[i]) {
                out.writeLong(a);
            }
        }
    }

    /**
     * Reads a call element by element, its counts checked first: Hazelcast's array readers allocate whatever
     * length the sender claims, so a peer could make a member allocate gigabytes with a few bytes.
     */
    @Override
    public void readData(ObjectDataInput in) throws IOException {
        int count = bounded(in.readInt(), MAX_TASKS, "tasks");
        kernels = new int[count];
        args = new long[count][];
        for (int i = 0; i < count; i++) {
            kernels[i] = in.readInt();
            args[i] = new long[bounded(in.readInt(), MAX_ARGS, "arguments of a task")];
            for (int j = 0; j < args[i].length; j++) {
                args[i][j] = in.readLong();
            }
        }
    }

    private static int bounded(int n, int max, String what) throws IOException {
        if (n < 0 || n > max) {
            throw new IOException("a kernel call with " + n + " " + what + " (at most " + max + ")");
        }
        return n;
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
