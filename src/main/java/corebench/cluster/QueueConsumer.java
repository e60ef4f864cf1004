package corebench.cluster;

import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import corebench.workload.Kernel;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * A consumer of the queue workload on a cluster member: takes tasks from one Hazelcast {@code IQueue}
 * until it takes a stop, runs each ({@code {task number, kernel wire id, args...}}, plain primitives, so
 * the member runs the same {@link Kernel#run} as every other model) and puts {@code {task number, result}}
 * on a second queue, which is how the producer learns a task is done (IQueue has no task_done). Runs on
 * one executor thread of its member for as long as the consumers live; returns how many tasks it ran.
 */
public final class QueueConsumer implements Callable<Long>, HazelcastInstanceAware, IdentifiedDataSerializable {
    /** The task number that tells a consumer to leave. */
    public static final long STOP = -1;

    private String workQueue;
    private String doneQueue;
    private transient HazelcastInstance member;

    /** For Hazelcast's factory: the fields are read by {@link #readData}. */
    QueueConsumer() {
    }

    /** Takes from the queue named {@code workQueue}, reports to the one named {@code doneQueue}. */
    public QueueConsumer(String workQueue, String doneQueue) {
        this.workQueue = workQueue;
        this.doneQueue = doneQueue;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public Long call() throws InterruptedException {
        IQueue<long[]> work = member.getQueue(workQueue);
        IQueue<long[]> done = member.getQueue(doneQueue);
        long ran = 0;
        while (true) {
            long[] task = work.take();
            if (task[0] == STOP) {
                return ran;
            }
            if (task.length < 2) {
                throw new IllegalArgumentException("a queued task of " + task.length + " number(s) has no kernel");
            }
            long[] args = Arrays.copyOfRange(task, 2, task.length);
            done.put(new long[] {task[0], MemberKernels.served(task[1], args).run(args)});
            ran++;
        }
    }

    @Override
    public void writeData(ObjectDataOutput out) throws IOException {
        out.writeString(workQueue);
        out.writeString(doneQueue);
    }

    @Override
    public void readData(ObjectDataInput in) throws IOException {
        workQueue = in.readString();
        doneQueue = in.readString();
    }

    @Override
    public int getFactoryId() {
        return Serializables.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return Serializables.QUEUE_CONSUMER;
    }
}
