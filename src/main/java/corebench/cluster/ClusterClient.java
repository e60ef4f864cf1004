package corebench.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.collection.IQueue;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Hazelcast client of a corebench cluster (one corebench started, or a real one): connects, waits
 * until it sees the members it expects, and gives access to the members and their executors.
 */
public final class ClusterClient implements AutoCloseable {
    /** How long a client tries to reach the cluster before giving up. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    /** Held so the level set on it stays (JUL keeps loggers only weakly). */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    private final HazelcastInstance client;

    private ClusterClient(HazelcastInstance client) {
        this.client = client;
    }

    /**
     * Connects to the cluster {@code name} through {@code addresses}; returns once the client sees at least
     * {@code expectedMembers} members.
     *
     * @throws IllegalStateException with a one-line reason if the cluster cannot be reached in time
     */
    public static ClusterClient connect(String name, List<HostPort> addresses, int expectedMembers) {
        return connect(name, addresses, expectedMembers, CONNECT_TIMEOUT);
    }

    /** {@link #connect(String, List, int)}, giving up after {@code timeout}. */
    public static ClusterClient connect(String name, List<HostPort> addresses, int expectedMembers, Duration timeout) {
        HAZELCAST_LOG.setLevel(Level.WARNING);
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(ClusterConfigs.client(name, addresses, timeout.toMillis()));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to cluster '" + name + "' at " + HostPort.format(addresses)
                    + " within " + timeout.toSeconds() + " s (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        ClusterClient c = new ClusterClient(client);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (c.members().size() < expectedMembers) {
            if (System.nanoTime() > deadline) {
                int seen = c.members().size();
                c.close();
                throw new IllegalStateException("cluster '" + name + "' has " + seen + " members, expected "
                        + expectedMembers);
            }
            sleepBriefly();
        }
        return c;
    }

    /** The cluster's members, in address order. */
    public List<Member> members() {
        List<Member> members = new ArrayList<>(client.getCluster().getMembers());
        members.sort(Comparator.comparing((Member m) -> m.getAddress().getHost()).thenComparingInt(m -> m.getAddress().getPort()));
        return members;
    }

    /** Executor threads of a member (the tasks it runs at once), as it announced them. */
    public static int threads(Member member) {
        String t = member.getAttribute(ClusterConfigs.THREADS_ATTRIBUTE);
        if (t == null) {
            throw new IllegalStateException("member " + member.getAddress() + " is not a corebench member (no "
                    + ClusterConfigs.THREADS_ATTRIBUTE + " attribute): start it with 'corebench member'");
        }
        return Integer.parseInt(t);
    }

    /** The executor whose pool has {@code threads} threads on every member. */
    public IExecutorService executor(int threads) {
        return client.getExecutorService(ClusterConfigs.executorName(threads));
    }

    /** The cluster's queue of this name (created on first use), holding {@code long[]} items. */
    public IQueue<long[]> queue(String name) {
        return client.getQueue(name);
    }

    /** Asks every member what it runs on, within {@code timeout}. */
    public List<MemberDescription> describeMembers(Duration timeout) {
        List<Member> members = members();
        Map<Member, Future<String>> answers = executor(1).submitToMembers(new MemberProbe(), members);
        List<MemberDescription> out = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Member m : members) {
            try {
                out.add(MemberProbe.parse(answers.get(m).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)));
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("member " + m.getAddress() + " did not describe itself: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while asking the members", e);
            }
        }
        return out;
    }

    /** Disconnects; the members keep running. */
    @Override
    public void close() {
        client.shutdown();
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster's members", e);
        }
    }
}
