package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import corebench.format.NoiseRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The noise record from fixture {@code /proc} files: a snapshot before a step and one after. */
class NoiseProbeTest {
    @TempDir
    Path tmp;

    /** A /proc with two CPUs, this process (pid 100) and the given others (pid, command, utime, reaped children). */
    private static Path proc(Path dir, String loadavg, String cpuLine, long ownUtime, long ownChildren, Object... others)
            throws IOException {
        Files.createDirectories(dir.resolve("self"));
        Files.writeString(dir.resolve("loadavg"), loadavg + " 2/345 6789\n");
        Files.writeString(dir.resolve("stat"), cpuLine + "\ncpu0 1 2 3 4 5 6 7 8 0 0\ncpu1 1 2 3 4 5 6 7 8 0 0\nintr 1 2 3\n");
        Files.writeString(dir.resolve("self").resolve("stat"), stat(100, "java", ownUtime, 0, ownChildren));
        for (int i = 0; i < others.length; i += 4) {
            Path p = Files.createDirectories(dir.resolve(String.valueOf(others[i])));
            Files.writeString(p.resolve("stat"), stat((Integer) others[i], (String) others[i + 1], (Long) others[i + 2],
                    0, (Long) others[i + 3]));
        }
        Path self = Files.createDirectories(dir.resolve("100"));
        Files.writeString(self.resolve("stat"), stat(100, "java", ownUtime, 0, ownChildren));
        return dir;
    }

    /** A proc(5) stat line: pid (comm) state ppid ... utime(14) stime(15) cutime(16) cstime(17) ... */
    private static String stat(int pid, String comm, long utime, long stime, long children) {
        return pid + " (" + comm + ") S 1 1 1 0 -1 4194560 100 0 0 0 " + utime + " " + stime + " " + children + " 0 20 0 1 0 500 1000 10\n";
    }

    @Test
    void aStepWithABusyNeighbourAndStealIsRecordedWithItsShares() throws IOException {
        // 2 CPUs over 10 s = 2000 ticks: before -> after adds 2000 ticks in all, 100 of them steal, 1500 busy
        NoiseProbe.Snapshot before = new NoiseProbe(proc(tmp.resolve("before"), "0.50 0.40 0.30",
                "cpu  1000 0 500 8000 0 0 0 100 0 0", 50, 0,
                200, "mvn (surefire)", 400L, 100L, 300, "sleepy", 5L, 0L)).take().orElseThrow();
        NoiseProbe.Snapshot after = new NoiseProbe(proc(tmp.resolve("after"), "1.90 0.80 0.40",
                "cpu  2200 0 800 8400 0 0 0 200 0 0", 60, 890,
                200, "mvn (surefire)", 900L, 200L, 300, "sleepy", 6L, 0L, 400, "java", 250L, 50L)).take().orElseThrow();

        NoiseRecord r = NoiseProbe.between(2, before, after);

        assertThat(r.cpus()).isEqualTo(2);
        assertThat(r.loadBefore()).containsExactly(0.5, 0.4, 0.3);
        assertThat(r.loadAfter()[0]).isEqualTo(1.9);
        assertThat(r.stealPercent()).isEqualTo(5.0); // 100 of 2000 ticks
        // busy 1500 ticks, of which this sweep and its reaped JMH JVMs 10 + 890 = 900: others 600 = 30%
        assertThat(r.ownCpuPercent()).isEqualTo(45.0);
        assertThat(r.otherCpuPercent()).isEqualTo(30.0);
        // per cent of one CPU (1000 ticks per CPU): mvn 600 ticks with its reaped test JVMs = 60%, a process
        // started during the step counts all its 300 ticks = 30%, one under 5% is not named, and this process never is
        assertThat(r.busyProcesses()).extracting(NoiseRecord.BusyProcess::command).containsExactly("mvn (surefire)", "java");
        assertThat(r.busyProcesses().get(0).cpuPercent()).isEqualTo(60.0);
        assertThat(r.busyProcesses().get(0).pid()).isEqualTo(200);
        assertThat(r.busyProcesses().get(1).cpuPercent()).isEqualTo(30.0);
        assertThat(r.summary()).isEqualTo("noise during the run: other processes 30% of the CPUs, steal 5.0%, load 0.50 -> 1.90;"
                + " busiest: mvn (surefire) (pid 200) 60%, java (pid 400) 30%").matches("\\p{ASCII}*");
    }

    @Test
    void noProcStatMeansNoRecordAndAGarbledOneIsNamed() throws IOException {
        assertThat(new NoiseProbe(tmp.resolve("nothing")).take()).isEmpty();
        Path garbled = proc(tmp.resolve("garbled"), "0.1 0.1 0.1", "cpu  1 2 3 4 5 6 7 8 0 0", 1, 0);
        Files.writeString(garbled.resolve("stat"), "intr 1 2 3\n");
        assertThatThrownBy(() -> new NoiseProbe(garbled).take()).isInstanceOf(IOException.class)
                .hasMessageContaining("not in the format Linux writes");
    }

    @Test
    void thisMachinesProcIsReadable() throws IOException {
        var snapshot = NoiseProbe.system().take();
        if (snapshot.isPresent()) {
            assertThat(snapshot.get().cpu().cpus()).isPositive();
            assertThat(snapshot.get().processes()).doesNotContainKey(ProcessHandle.current().pid());
            assertThat(snapshot.get().cpu().total()).isPositive();
        } else {
            assertThat(Files.exists(Path.of("/proc/stat"))).isFalse();
        }
    }
}
