package corebench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.hazelcast.cluster.Member;
import corebench.worker.NoLeakedProcessesExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Loopback clusters started side by side never mix, and leave no member behind. */
@ExtendWith(NoLeakedProcessesExtension.class)
class LocalClusterTest {

    @Test
    void twoClustersStartedAtOnceFormTwoSeparateClustersOfTheRightSize() throws IOException {
        CompletableFuture<LocalCluster> first = CompletableFuture.supplyAsync(() -> LocalCluster.start(2));
        CompletableFuture<LocalCluster> second = CompletableFuture.supplyAsync(() -> LocalCluster.start(2));
        try {
            LocalCluster a = first.join();
            LocalCluster b = second.join();
            assertThat(a.clusterName()).isNotEqualTo(b.clusterName());
            Set<HostPort> all = new HashSet<>(a.addresses());
            all.addAll(b.addresses());
            assertThat(all).as("four members on four ports").hasSize(4)
                    .allSatisfy(address -> assertThat(address.host()).isEqualTo("127.0.0.1"));
            for (LocalCluster c : List.of(a, b)) {
                try (ClusterClient client = ClusterClient.connect(c.clusterName(), c.addresses(), 2)) {
                    List<Member> members = client.members();
                    assertThat(members).hasSize(2);
                    assertThat(members).extracting(m -> new HostPort(m.getAddress().getHost(), m.getAddress().getPort()))
                            .containsExactlyInAnyOrderElementsOf(c.addresses());
                    assertThat(members).allSatisfy(m -> assertThat(ClusterClient.threads(m)).isEqualTo(1));
                }
            }
            // the name is what keeps clusters apart: the right addresses under the wrong name are refused
            assertThatThrownBy(() -> ClusterClient.connect(b.clusterName(), a.addresses(), 1, Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot connect to cluster");
            assertThat(a.startTime()).isPositive();
            // issue 11.8: the name is not on a member's command line, which every local user can read
            for (long pid : a.pids()) {
                assertThat(new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"))))
                        .contains(ClusterMemberMain.class.getName()).doesNotContain(a.clusterName());
            }
        } finally {
            first.thenAccept(LocalCluster::close).exceptionally(e -> null).join();
            second.thenAccept(LocalCluster::close).exceptionally(e -> null).join();
        }
    }

    @Test
    void membersAndClientsDeserializeOnlyCorebenchHazelcastAndBasicJdkClasses() {
        for (var filter : List.of(ClusterConfigs.member("n", new HostPort("127.0.0.1", 5701), false, List.of(), 1)
                        .getSerializationConfig().getJavaSerializationFilterConfig(),
                ClusterConfigs.client("n", List.of(), 1000).getSerializationConfig().getJavaSerializationFilterConfig())) {
            assertThat(filter).isNotNull();
            assertThat(filter.isDefaultsDisabled()).as("Hazelcast's blacklist of gadget classes stays on").isFalse();
            assertThat(filter.getWhitelist().getPrefixes()).containsExactlyInAnyOrder("corebench.", "com.hazelcast.",
                    "java.lang.", "java.util.", "[");
        }
    }

    @Test
    void aClusterHasAtMostFourMembersWithTheWorkersSharedOutAsThreads() {
        assertThat(LocalCluster.threadsPerMember(1)).containsExactly(1);
        assertThat(LocalCluster.threadsPerMember(2)).containsExactly(1, 1);
        assertThat(LocalCluster.threadsPerMember(6)).containsExactly(2, 2, 1, 1);
        assertThat(LocalCluster.threadsPerMember(64)).containsExactly(16, 16, 16, 16);
        assertThat(LocalCluster.threadsPerMember(256)).hasSize(LocalCluster.MAX_MEMBERS).containsOnly(64);
        assertThat(LocalCluster.membersFor(3)).isEqualTo(3);
    }

    @Test
    void freePortsAreDistinctLoopbackPorts() {
        List<HostPort> ports = LocalCluster.freeLoopbackPorts(8);
        assertThat(new HashSet<>(ports)).hasSize(8);
        assertThat(ports).allSatisfy(p -> assertThat(p.host()).isEqualTo("127.0.0.1"));
    }

    @Test
    void addressesParseWithClearErrors() {
        assertThat(HostPort.parseList("10.0.0.5:5701, host-b:5702")).containsExactly(
                new HostPort("10.0.0.5", 5701), new HostPort("host-b", 5702));
        assertThat(HostPort.parse("[::1]:5701")).isEqualTo(new HostPort("::1", 5701));
        assertThat(new HostPort("::1", 5701)).hasToString("[::1]:5701");
        assertThat(HostPort.format(HostPort.parseList("a:1,b:2"))).isEqualTo("a:1,b:2");
        assertThatThrownBy(() -> HostPort.parse("10.0.0.5")).hasMessageContaining("is not host:port");
        assertThatThrownBy(() -> HostPort.parse("h:x")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> HostPort.parse("h:70000")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> HostPort.parseList(" , ")).hasMessageContaining("no member address");
    }
}
