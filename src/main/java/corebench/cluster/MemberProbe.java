package corebench.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.cluster.Member;
import com.hazelcast.nio.ObjectDataInput;
import com.hazelcast.nio.ObjectDataOutput;
import com.hazelcast.nio.serialization.IdentifiedDataSerializable;
import java.util.concurrent.Callable;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

/**
 * Asks a member what it runs on; sent to every member once when a sweep starts against a real cluster.
 * Answers with the fields of a {@link MemberDescription}, tab-separated (a String travels without any
 * custom serializer, and the reply is read by the same corebench build).
 */
final class MemberProbe implements Callable<String>, IdentifiedDataSerializable, HazelcastInstanceAware {
    private transient HazelcastInstance member;

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.member = hazelcastInstance;
    }

    @Override
    public String call() {
        Member self = member.getCluster().getLocalMember();
        CentralProcessor cpu = new SystemInfo().getHardware().getProcessor();
        String model = cpu.getProcessorIdentifier().getName();
        return String.join("\t",
                self.getAddress().getHost() + ":" + self.getAddress().getPort(),
                self.getAttribute(ClusterConfigs.THREADS_ATTRIBUTE),
                String.valueOf(Runtime.getRuntime().availableProcessors()),
                model == null ? "unknown CPU" : model.trim(),
                String.valueOf(cpu.getPhysicalProcessorCount()),
                String.valueOf(cpu.getLogicalProcessorCount()),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
    }

    /** Reads a {@link #call} answer. */
    static MemberDescription parse(String answer) {
        String[] f = answer.split("\t", -1);
        if (f.length != 8) {
            throw new IllegalStateException("unexpected member description '" + answer + "': another corebench build?");
        }
        return new MemberDescription(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3],
                Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6], f[7]);
    }

    @Override
    public void writeData(ObjectDataOutput out) {
        // no state: the member answers about itself
    }

    @Override
    public void readData(ObjectDataInput in) {
        // no state
    }

    @Override
    public int getFactoryId() {
        return Serializables.FACTORY_ID;
    }

    @Override
    public int getClassId() {
        return Serializables.MEMBER_PROBE;
    }
}
