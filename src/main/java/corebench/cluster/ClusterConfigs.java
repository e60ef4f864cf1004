package corebench.cluster;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.spi.properties.ClusterProperty;
import java.util.List;

/**
 * Hazelcast configuration of corebench's members and clients, in code (no XML, no defaults read from
 * the environment). What matters, and why:
 * <ul>
 *   <li>A member binds exactly the address it is given ({@code hazelcast.socket.bind.any=false} and
 *       {@code hazelcast.local.localAddress}); the members corebench starts itself get 127.0.0.1.</li>
 *   <li>Members find each other only through an explicit TCP-IP member list, one entry per address (the
 *       {@code ip:5701-5703} range form fails in 5.7.0): multicast and auto-detection (cloud, Kubernetes
 *       discovery) are off, so nothing is sent beyond the listed addresses.</li>
 *   <li>Phone-home (Hazelcast's usage report to the internet) is off.</li>
 *   <li>Java deserialization is filtered ({@link #deserializationFilter()}): Hazelcast open source has no
 *       client authentication, so whoever reaches a member with the cluster name may send it objects.</li>
 *   <li>The cluster name is the only thing that keeps two clusters apart; corebench's own clusters get a
 *       random one per run.</li>
 *   <li>Metrics collection is off on members and clients: a periodic background cost that is no part of
 *       running a task.</li>
 *   <li>A member with {@code t} threads has executors {@code corebench-1} … {@code corebench-t} of that
 *       many threads (created only when used), so a client can bound how many tasks it runs at once.</li>
 * </ul>
 */
public final class ClusterConfigs {
    /** The member attribute holding the member's executor thread count. */
    public static final String THREADS_ATTRIBUTE = "corebench.threads";
    private static final String EXECUTOR_PREFIX = "corebench-";

    private ClusterConfigs() {
    }

    /**
     * A member's configuration.
     *
     * @param clusterName     the cluster it forms or joins
     * @param address         where it listens; {@code port} is the first port tried
     * @param autoIncrement   whether it may take one of the next ports when {@code port} is taken
     * @param join            the other members' addresses (TCP-IP join); may include its own
     * @param threads         executor threads: tasks it runs at once
     */
    public static Config member(String clusterName, HostPort address, boolean autoIncrement, List<HostPort> join,
                                int threads) {
        Config c = new Config();
        c.setClusterName(clusterName);
        c.setProperty(ClusterProperty.PHONE_HOME_ENABLED.getName(), "false");
        c.setProperty(ClusterProperty.SOCKET_BIND_ANY.getName(), "false");
        c.setProperty("hazelcast.local.localAddress", address.host());
        c.setProperty(ClusterProperty.LOGGING_TYPE.getName(), "jdk");
        // members are listed explicitly: waiting 5 s (the default) for more to show up only delays the start
        c.setProperty(ClusterProperty.WAIT_SECONDS_BEFORE_JOIN.getName(), "1");
        c.getMetricsConfig().setEnabled(false);
        NetworkConfig net = c.getNetworkConfig();
        net.setPort(address.port()).setPortAutoIncrement(autoIncrement).setPortCount(autoIncrement ? 20 : 1);
        JoinConfig joinConfig = net.getJoin();
        joinConfig.getMulticastConfig().setEnabled(false);
        joinConfig.getAutoDetectionConfig().setEnabled(false);
        joinConfig.getTcpIpConfig().setEnabled(true);
        for (HostPort m : join) {
            joinConfig.getTcpIpConfig().addMember(m.toString());
        }
        for (int k = 1; k <= threads; k++) {
            c.addExecutorConfig(new ExecutorConfig(executorName(k)).setPoolSize(k).setStatisticsEnabled(false));
        }
        c.getMemberAttributeConfig().setAttribute(THREADS_ATTRIBUTE, String.valueOf(threads));
        c.getSerializationConfig().addDataSerializableFactory(Serializables.FACTORY_ID, new Serializables());
        c.getSerializationConfig().setJavaSerializationFilterConfig(deserializationFilter());
        return c;
    }

    /**
     * Java deserialization only of corebench's and Hazelcast's own classes, the JDK's basic ones (a failed
     * task's exception travels that way) and arrays, with Hazelcast's blacklist of known gadget classes on
     * top: anything else a peer sends is refused before it is instantiated. Tasks themselves are
     * IdentifiedDataSerializable and never use Java serialization.
     */
    static JavaSerializationFilterConfig deserializationFilter() {
        JavaSerializationFilterConfig filter = new JavaSerializationFilterConfig().setDefaultsDisabled(false);
        filter.getWhitelist().addPrefixes("corebench.", "com.hazelcast.", "java.lang.", "java.util.", "[");
        return filter;
    }

    /** A client's configuration: connects to these members only, for at most {@code connectTimeoutMillis}. */
    public static ClientConfig client(String clusterName, List<HostPort> members, long connectTimeoutMillis) {
        ClientConfig c = new ClientConfig();
        c.setClusterName(clusterName);
        c.setProperty(ClusterProperty.LOGGING_TYPE.getName(), "jdk");
        c.getMetricsConfig().setEnabled(false);
        c.getNetworkConfig().getAutoDetectionConfig().setEnabled(false);
        for (HostPort m : members) {
            c.getNetworkConfig().addAddress(m.toString());
        }
        c.getConnectionStrategyConfig().getConnectionRetryConfig().setClusterConnectTimeoutMillis(connectTimeoutMillis);
        c.getSerializationConfig().addDataSerializableFactory(Serializables.FACTORY_ID, new Serializables());
        c.getSerializationConfig().setJavaSerializationFilterConfig(deserializationFilter());
        return c;
    }

    /** The executor of {@code threads} threads per member. */
    public static String executorName(int threads) {
        return EXECUTOR_PREFIX + threads;
    }
}
