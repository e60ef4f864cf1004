package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/aa-check}: its usage and bad arguments, and a whole check run on a copy of the script in a fake
 * checkout whose {@code scripts/corebench} only records its calls and makes a results folder per sweep.
 */
class AaCheckScriptTest {
    /** A stand-in for scripts/corebench: a sweep makes {@code <out>/fake-machine/run<n>/jmh.json}, aa-check echoes. */
    private static final String FAKE_COREBENCH = """
            #!/usr/bin/env bash
            set -euo pipefail
            calls="$(dirname "$0")/../calls"
            echo "$*" >> "$calls"
            if [ "$1" = sweep ]; then
              out=""; prev=""
              for a in "$@"; do [ "$prev" = --out ] && out="$a"; prev="$a"; done
              n=$(grep -c '^sweep' "$calls")
              if [ "${FAIL_RUN:-}" = "$n" ]; then echo "sweep $n broke" >&2; exit 3; fi
              mkdir -p "$out/fake-machine/run$n"
              echo '[]' > "$out/fake-machine/run$n/jmh.json"
              echo "results: $out/fake-machine/run$n"
              exit 0
            fi
            echo "figures of $(($# - 1)) runs"
            """;

    @TempDir
    Path tmp;
    Path root;

    @BeforeEach
    void fakeCheckout() throws IOException {
        root = tmp.resolve("checkout");
        Path scripts = Files.createDirectories(root.resolve("scripts"));
        Files.copy(Path.of("scripts/aa-check"), scripts.resolve("aa-check"));
        Files.writeString(scripts.resolve("corebench"), FAKE_COREBENCH);
        Files.setPosixFilePermissions(scripts.resolve("corebench"), PosixFilePermissions.fromString("rwx------"));
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("scripts/aa-check").toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private List<String> calls() throws IOException {
        Path calls = root.resolve("calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        Run help = run(Map.of(), "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("usage: scripts/aa-check [--runs N] SWEEP-ARGS...");
        assertThat(calls()).isEmpty();
    }

    @Test
    void badArgumentsGetOneLineAndTheUsageAndRunNothing() throws Exception {
        for (String[] args : List.of(new String[] {"--runs", "1", "--quick"}, new String[] {"--runs", "x", "--quick"},
                new String[] {"--runs"}, new String[] {}, new String[] {"--quick", "--out", "elsewhere"})) {
            Run bad = run(Map.of(), args);
            assertThat(bad.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(bad.err().lines().toList()).as(String.join(" ", args)).hasSize(2)
                    .first().asString().startsWith("aa-check: ");
            assertThat(bad.err()).contains("usage: scripts/aa-check");
        }
        assertThat(calls()).isEmpty();
        assertThat(root.resolve("target")).doesNotExist();
    }

    @Test
    void runsTheSweepNTimesIntoFreshFoldersThenComparesThem() throws Exception {
        Run check = run(Map.of(), "--runs", "2", "--workloads", "montecarlo", "--budget", "5");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).contains("figures of 2 runs");
        List<String> calls = calls();
        assertThat(calls).hasSize(3);
        assertThat(calls.get(0)).matches("sweep --workloads montecarlo --budget 5 --out .*/target/aa-check/[0-9TZ]+/run-1");
        assertThat(calls.get(1)).endsWith("/run-2");
        String base = calls.get(0).substring(calls.get(0).indexOf("--out ") + 6).replace("/run-1", "");
        assertThat(calls.get(2)).isEqualTo("aa-check " + base + "/run-1/fake-machine/run1 " + base + "/run-2/fake-machine/run2");
    }

    @Test
    void aFailedSweepStopsTheCheckWithItsExitCode() throws Exception {
        Run check = run(Map.of("FAIL_RUN", "2"), "--workloads", "montecarlo");
        assertThat(check.exit()).isEqualTo(3);
        assertThat(check.err()).contains("sweep 2 broke", "aa-check: run 2 of 3 failed (exit 3)");
        assertThat(calls()).hasSize(2).noneMatch(c -> c.startsWith("aa-check"));
    }
}
