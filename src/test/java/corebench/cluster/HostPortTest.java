package corebench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 22.1: a member address reaches JVM command lines, so only host names and IP literals pass. On main
 * before the fix {@code [x -javaagent:/path/agent.jar=]:5701} was accepted and loaded the agent in every fork.
 */
class HostPortTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5:5701", "localhost:1", "node-1.lab.example.org:65535", "[::1]:5701",
            "[fe80::1]:5701", "[2001:db8::7:1]:80", "127.0.0.1:5701"})
    void hostNamesAndIpLiteralsPass(String address) {
        assertThat(HostPort.parse(address).toString()).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[x -javaagent:/path/agent.jar=]:5701", "x -javaagent:/a.jar:5701", "a\tb:1", "a'b:1",
            "\"a\":1", "-Dx=y:1", "a_b:1", "-host:1", "host-:1", "[::g]:1", "[1:2:3]:1x", "a..b:1", "h:0", "h:65536",
            "h:99999999999", "h:+1", "$(id):1", "a\nb:1"})
    void anythingElseIsRefusedWithOneLine(String address) {
        assertThatThrownBy(() -> HostPort.parse(address)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
