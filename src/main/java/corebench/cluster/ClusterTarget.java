package corebench.cluster;

import java.util.List;

/**
 * A real cluster for the {@code cluster} model to use instead of starting its own members: its name and
 * some of its members' addresses. {@code sweep --cluster} hands it to the benchmark JVMs as system
 * properties.
 *
 * @param name    the cluster name the members were started with
 * @param members addresses of (some of) its members
 */
public record ClusterTarget(String name, List<HostPort> members) {
    /** The system property with the member addresses ({@code host:port,...}). */
    public static final String MEMBERS_PROPERTY = "corebench.cluster.members";
    /** The system property with the cluster's name. */
    public static final String NAME_PROPERTY = "corebench.cluster.name";
    /** The cluster name {@code corebench member} and {@code sweep --cluster} use unless told otherwise. */
    public static final String DEFAULT_NAME = "corebench";

    public ClusterTarget {
        checkName(name);
        members = List.copyOf(members);
    }

    /**
     * Throws unless the name is usable everywhere it goes: a Hazelcast cluster name and a word of a JMH
     * {@code -jvmArgs} list.
     */
    public static String checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("cluster name '" + name + "': use letters, digits, '.', '_' and '-' only");
        }
        return name;
    }

    /** The cluster named by this JVM's system properties, or {@code null} if none is. */
    public static ClusterTarget fromSystemProperties() {
        String members = System.getProperty(MEMBERS_PROPERTY);
        if (members == null || members.isBlank()) {
            return null;
        }
        return new ClusterTarget(System.getProperty(NAME_PROPERTY, DEFAULT_NAME), HostPort.parseList(members));
    }

    /** The JVM options that hand this target to a benchmark JVM. */
    public List<String> systemProperties() {
        return List.of("-D" + MEMBERS_PROPERTY + "=" + HostPort.format(members), "-D" + NAME_PROPERTY + "=" + name);
    }
}
