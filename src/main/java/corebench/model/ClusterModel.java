package corebench.model;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.IExecutorService;
import corebench.cluster.ClusterClient;
import corebench.cluster.ClusterTarget;
import corebench.cluster.KernelCall;
import corebench.cluster.LocalCluster;
import corebench.workload.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Submissions run on a Hazelcast cluster through its {@code IExecutorService}, this JVM being a client:
 * each submission travels as a {@link KernelCall} (kernel wire id and arguments) and runs
 * {@code Kernel.run} on a member.
 *
 * <p>By default the model starts its own cluster on this machine: member JVMs on 127.0.0.1 with
 * {@code workers} executor threads in all, at most {@link LocalCluster#MAX_MEMBERS} members (one per worker up
 * to that, then {@code workers / members} threads each, as a real cluster has few members with many threads),
 * started in the constructor (so a benchmark's set-up, not its
 * measurement, pays the seconds it takes; {@link #startTime()} says how many) and stopped by
 * {@link #close()}. When the system properties of {@link ClusterTarget} name a real cluster, it connects
 * to that one instead and uses {@code workers} of its executor threads, spread over the members as evenly
 * as their thread counts allow.
 *
 * <p>Submissions are dealt round-robin over the worker slots and all sent at once, like tasks queued on a
 * thread pool; each member's executor runs at most its share of slots at a time. Dealing is static, which
 * balances the equal-sized tasks of corebench's workloads but not uneven ones.
 */
public final class ClusterModel implements ConcurrencyModel {
    private final int workers;
    private final LocalCluster local;
    private final ClusterTarget target;
    private final ClusterClient client;
    private final List<Slot> slots;
    private final Duration startTime;
    /** How long one submission may go unanswered (a hung member) before the batch fails. */
    private final Duration batchTimeout = BatchTimeout.configured();
    private boolean closed;

    /** Starts a loopback cluster with {@code workers} executor threads, or connects to the configured real one. */
    public ClusterModel(int workers) {
        this(workers, ClusterTarget.fromSystemProperties());
    }

    /** With {@code target} {@code null}: a loopback cluster with {@code workers} executor threads; else that cluster. */
    public ClusterModel(int workers, ClusterTarget target) {
        this.workers = workers;
        long t0 = System.nanoTime();
        LocalCluster started = null;
        ClusterClient connected = null;
        try {
            if (target == null) {
                started = LocalCluster.start(workers);
                target = new ClusterTarget(started.clusterName(), started.addresses());
            }
            connected = ClusterClient.connect(target.name(), target.members(), started == null ? 1 : started.addresses().size());
            this.slots = slots(connected, workers);
        } catch (RuntimeException e) {
            if (connected != null) {
                connected.close();
            }
            if (started != null) {
                started.close();
            }
            throw new ModelException(ModelKind.CLUSTER.id() + ": " + e.getMessage(), e);
        }
        this.local = started;
        this.target = target;
        this.client = connected;
        this.startTime = Duration.ofNanos(System.nanoTime() - t0);
        // in a benchmark this lands in the run log: the set-up cost the score leaves out
        System.err.printf("corebench cluster: %s with %d worker slot(s) ready in %.1f s%n",
                local == null ? "connected to " + target.name() : local.addresses().size() + " loopback member(s)",
                workers, startTime.toNanos() / 1e9);
    }

    @Override
    public ModelKind kind() {
        return ModelKind.CLUSTER;
    }

    @Override
    public int workers() {
        return workers;
    }

    /** From the constructor's start until the client saw every member: member start-up plus connecting. */
    public Duration startTime() {
        return startTime;
    }

    /** The cluster the model uses: the one it started, or the real one it was given. */
    public ClusterTarget target() {
        return target;
    }

    /** The process ids of the members this model started (none when it uses a real cluster). */
    public List<Long> memberPids() {
        return local == null ? List.of() : local.pids();
    }

    @Override
    public long[] run(List<Task> tasks, int chunkSize) {
        long[] results = new long[tasks.size()];
        int submissions = Submissions.count(tasks.size(), chunkSize);
        List<Future<long[]>> futures = new ArrayList<>(submissions);
        for (int s = 0; s < submissions; s++) {
            Slot slot = slots.get(s % slots.size());
            int from = s * chunkSize;
            futures.add(slot.executor().submitToMember(new KernelCall(tasks, from, Math.min(tasks.size(), from + chunkSize)), slot.member()));
        }
        for (int s = 0; s < submissions; s++) {
            long[] chunk = ExecutorModel.Futures.await(futures.get(s), kind(), s, chunkSize, batchTimeout);
            System.arraycopy(chunk, 0, results, s * chunkSize, chunk.length);
        }
        return results;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            client.close();
        } finally {
            if (local != null) {
                local.close();
            }
        }
    }

    /** One of the {@code workers} places a submission can run: a member and the executor sized for its share. */
    private record Slot(Member member, IExecutorService executor) {
    }

    /**
     * {@code workers} slots dealt one at a time to the members in turn, skipping members whose threads are
     * all taken, then interleaved so that consecutive submissions go to different members.
     */
    private static List<Slot> slots(ClusterClient client, int workers) {
        List<Member> members = client.members();
        int[] share = new int[members.size()];
        int capacity = 0;
        for (Member m : members) {
            capacity += ClusterClient.threads(m);
        }
        if (capacity < workers) {
            throw new IllegalStateException("the cluster's " + members.size() + " member(s) have " + capacity
                    + " executor threads in all, fewer than the " + workers + " workers asked for");
        }
        for (int dealt = 0, m = 0; dealt < workers; m = (m + 1) % members.size()) {
            if (share[m] < ClusterClient.threads(members.get(m))) {
                share[m]++;
                dealt++;
            }
        }
        List<Slot> slots = new ArrayList<>();
        for (int round = 0; slots.size() < workers; round++) {
            for (int m = 0; m < members.size(); m++) {
                if (round < share[m]) {
                    slots.add(new Slot(members.get(m), client.executor(share[m])));
                }
            }
        }
        return List.copyOf(slots);
    }
}
