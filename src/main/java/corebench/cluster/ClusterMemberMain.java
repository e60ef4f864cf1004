package corebench.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import corebench.worker.ParentWatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The entry point of a member JVM that corebench starts itself ({@link LocalCluster}): starts one
 * Hazelcast member, prints {@value #READY} and its address on stdout once it has joined the cluster,
 * and exits when its stdin closes: when the parent closes the model, and also when the parent dies
 * without running any hook (SIGKILL), so a member never outlives the benchmark that started it.
 *
 * <p>Arguments: {@code host:port join(host:port,...) threads}; the cluster name comes as the
 * first line on stdin, not on the command line, which any local user can read in {@code /proc/<pid>/cmdline}
 * (the name is all that keeps other clients out of a cluster).
 */
public final class ClusterMemberMain {
    /** The first word of the line a started member prints on stdout. */
    static final String READY = "corebench-member-ready";
    /** Held so the level set on it stays (JUL keeps loggers only weakly). */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    private ClusterMemberMain() {
    }

    public static void main(String[] args) throws IOException {
        // from the first line: joining the cluster takes seconds, and stdin is read only once it has joined
        ParentWatch.start();
        if (args.length != 3) {
            System.err.println("usage: ClusterMemberMain host:port join(host:port,...) threads"
                    + " (the cluster name on the first line of stdin)");
            System.exit(2);
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String clusterName = stdin.readLine();
        if (clusterName == null) {
            Runtime.getRuntime().halt(0); // the parent closed stdin before it sent the name: it is gone or done
        }
        HazelcastInstance member;
        try {
            Config config = ClusterConfigs.member(clusterName, HostPort.parse(args[0]), true, HostPort.parseList(args[1]),
                    Integer.parseInt(args[2]));
            member = start(config);
        } catch (RuntimeException e) {
            System.err.println("corebench member: could not start: " + e);
            System.exit(1);
            return;
        }
        var self = member.getCluster().getLocalMember().getAddress();
        System.out.println(READY + " " + new HostPort(self.getHost(), self.getPort()));
        System.out.flush();
        drain(stdin);
        // the member holds no data, so there is nothing to hand over: end at once, without shutdown hooks
        Runtime.getRuntime().halt(0);
    }

    /**
     * Starts a member with Hazelcast's informational logging turned down to warnings (its start-up
     * banner and membership lines would bury the benchmark's own output).
     */
    public static HazelcastInstance start(Config config) {
        HAZELCAST_LOG.setLevel(Level.WARNING);
        return Hazelcast.newHazelcastInstance(config);
    }

    /** Reads until end of input: the parent closed our stdin or died. */
    private static void drain(Reader in) {
        char[] buffer = new char[256];
        try {
            while (in.read(buffer) >= 0) {
                // nothing is sent on stdin; it only signals the parent's end
            }
        } catch (IOException e) {
            // a broken pipe is the parent's end too
        }
    }

    /** The arguments {@link #main} expects (the cluster name goes to its stdin). */
    static List<String> arguments(HostPort address, List<HostPort> join, int threads) {
        return List.of(address.toString(), HostPort.format(join), String.valueOf(threads));
    }
}
