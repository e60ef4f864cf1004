package corebench.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, issue 11.4: the parent of a cluster being formed dies by SIGKILL while its second member is
 * still joining; both members end within seconds. On main before the fix, a member read its stdin only once the
 * cluster had formed, so the second one waited for its partner forever.
 */
class MemberParentDeathTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(180)
    void membersEndWhenTheirParentDiesWhileTheClusterForms() throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), FormingClusterParent.class.getName())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("parent.log").toFile()).start();
        List<ProcessHandle> members = List.of();
        try {
            long t0 = System.nanoTime();
            while (members.size() < 2) {
                assertThat(parent.isAlive()).isTrue();
                assertThat(System.nanoTime() - t0).as("the second member did not start within 120 s").isLessThan(120_000_000_000L);
                Thread.sleep(20);
                members = parent.descendants().filter(h -> h.info().commandLine().orElse("")
                        .contains(ClusterMemberMain.class.getName())).toList();
            }
            parent.destroyForcibly(); // SIGKILL while the second member is forming the cluster with the first
            long killed = System.nanoTime();
            for (ProcessHandle m : members) {
                m.onExit().get(30, TimeUnit.SECONDS);
            }
            System.out.printf("members of a parent SIGKILLed while forming: none left after %.2f s%n",
                    (System.nanoTime() - killed) / 1e9);
        } catch (TimeoutException e) {
            throw new AssertionError("a member outlived its parent by 30 s: "
                    + members.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList(), e);
        } finally {
            members.forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }
}
