package corebench.cli;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import corebench.cluster.ClusterConfigs;
import corebench.cluster.ClusterMemberMain;
import corebench.cluster.ClusterTarget;
import corebench.cluster.HostPort;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code corebench member}: runs one Hazelcast member of a real cluster on this machine, for
 * {@code sweep --cluster} on another. It carries corebench's classes, so the kernels are there.
 */
@Command(name = "member", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Runs a member of a real cluster for the cluster model: start one on each machine, then run "
                        + "'corebench sweep --cluster HOST:PORT,...' on any machine that reaches them. Runs until Ctrl-C.",
                "",
                "The member binds only the address given, finds the others only through --join (no multicast, no "
                        + "discovery), sends no usage data (phone-home off), and accepts only clients and members "
                        + "that give its cluster name, and deserializes only corebench's, Hazelcast's and basic JDK classes.",
                "",
                "Security: Hazelcast open source has no client authentication and no encryption. The cluster name is "
                        + "not a password: anyone who can reach the address and knows or guesses the name can join and "
                        + "run tasks. Run members on a trusted network only."},
        footer = {"", "Example (two machines, 10.0.0.5 and 10.0.0.6):",
                "  on 10.0.0.5: corebench member --address 10.0.0.5:5701 --join 10.0.0.6:5701",
                "  on 10.0.0.6: corebench member --address 10.0.0.6:5701 --join 10.0.0.5:5701",
                "  then:        corebench sweep --cluster 10.0.0.5:5701,10.0.0.6:5701"})
final class MemberCommand implements Callable<Integer> {

    @Option(names = "--address", required = true, paramLabel = "HOST:PORT", description = "The address to listen on: an IP address of this machine and a free port.")
    String address;

    @Option(names = "--cluster-name", paramLabel = "NAME", description = "The cluster's name; clients and members must give the same (default: ${DEFAULT-VALUE}).")
    String clusterName = ClusterTarget.DEFAULT_NAME;

    @Option(names = "--join", split = ",", paramLabel = "HOST:PORT", description = "The other members' addresses (default: none; this member starts the cluster).")
    List<String> join = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Tasks this member runs at once (default: its CPUs, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = System.out;
        HostPort self;
        List<HostPort> members = new ArrayList<>();
        try {
            ClusterTarget.checkName(clusterName);
            self = HostPort.parse(address);
            members.add(self);
            for (String j : join) {
                members.add(HostPort.parse(j));
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, was " + threads);
        }
        HazelcastInstance member;
        try {
            member = ClusterMemberMain.start(ClusterConfigs.member(clusterName, self, false, members, threads));
        } catch (RuntimeException e) {
            throw new UserException("cannot start the member at " + self + ": " + e.getMessage(), 1);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        member.getLifecycleService().addLifecycleListener(event -> {
            if (!member.getLifecycleService().isRunning()) {
                stopped.countDown();
            }
        });
        out.printf("corebench member of cluster '%s' at %s with %d thread(s); cluster now has %d member(s). Ctrl-C stops it.%n",
                clusterName, self, threads, member.getCluster().getMembers().size());
        member.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
                out.println("member joined: " + e.getMember().getAddress() + " (" + e.getMembers().size() + " in all)");
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                out.println("member left: " + e.getMember().getAddress() + " (" + e.getMembers().size() + " in all)");
            }
        });
        stopped.await();
        return 0;
    }
}
