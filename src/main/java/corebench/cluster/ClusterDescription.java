package corebench.cluster;

import java.time.Duration;
import java.util.List;

/**
 * The real cluster a sweep ran the {@code cluster} model on, as recorded in {@code machine.json} (the
 * field {@code cluster}; {@code null} for a run without {@code --cluster}, whose cluster model started
 * its own members on loopback).
 *
 * @param name            the cluster name
 * @param addresses       the member addresses the user gave, {@code host:port}
 * @param members         how many members the cluster had when the sweep started
 * @param executorThreads the members' executor threads in all: the most workers the cluster model can use
 * @param memberDetails   each member's CPUs, OS and JVM, in address order
 */
public record ClusterDescription(String name, List<String> addresses, int members, int executorThreads,
                                 List<MemberDescription> memberDetails) {

    /** How long a member may take to describe itself. */
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Connects to {@code target} and asks every member what it runs on.
     *
     * @throws IllegalStateException with a one-line reason if the cluster cannot be reached
     */
    public static ClusterDescription probe(ClusterTarget target) {
        try (ClusterClient client = ClusterClient.connect(target.name(), target.members(), 1)) {
            List<MemberDescription> details = client.describeMembers(PROBE_TIMEOUT);
            return new ClusterDescription(target.name(), target.members().stream().map(HostPort::toString).toList(),
                    details.size(), details.stream().mapToInt(MemberDescription::executorThreads).sum(), details);
        }
    }

    /** The target to hand to benchmark JVMs (also when resuming a run from its machine.json). */
    public ClusterTarget target() {
        return new ClusterTarget(name, addresses.stream().map(HostPort::parse).toList());
    }
}
