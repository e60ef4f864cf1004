package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, issue 11.5: a step file that is empty or truncated (disk full, a killed JMH) is not taken
 * as done by {@code --resume}: it is set aside (kept) and measured again, and the run ends complete with every
 * result. On main before the fix the empty file counted as measured and the truncated one made the merge throw
 * while machine.json still said "complete".
 */
class ResumeRemeasuresBadStepFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Three JMH runs at one core (scalar strong, SIMD strong, scalar weak), one result each, as short as JMH allows. */
    private static final String[] TINY = {"sweep", "--workloads", "montecarlo", "--models", "sequential", "--cores", "1",
            "--warmup-iterations", "0", "--iterations", "1", "--time", "50", "-P", "samples=65536"};

    @TempDir
    Path tmp;

    /** The run's name: the step file's name without .json. */
    private static String name(Path stepFile) {
        return stepFile.getFileName().toString().replace(".json", "");
    }

    @Test
    void emptyAndTruncatedStepFilesAreMeasuredAgain() throws Exception {
        Path out = tmp.resolve("results");
        List<String> args = new ArrayList<>(List.of(TINY));
        args.addAll(List.of("--out", out.toString()));
        Process first = CorebenchProcess.runToEnd(List.of(), tmp.resolve("first.log"), tmp, 5, args.toArray(String[]::new));
        assertThat(first.exitValue()).as(Files.readString(tmp.resolve("first.log"))).isZero();
        Path run;
        try (Stream<Path> runs = Files.list(Files.list(out).findFirst().orElseThrow())) {
            run = runs.findFirst().orElseThrow();
        }
        List<Path> steps;
        try (Stream<Path> s = Files.list(run.resolve("steps").resolve("cores-1"))) {
            steps = s.sorted().toList();
        }
        assertThat(steps).hasSize(3);
        Files.writeString(steps.get(0), "");
        String whole = Files.readString(steps.get(1));
        Files.writeString(steps.get(1), whole.substring(0, whole.length() / 2));

        Process resumed = CorebenchProcess.runToEnd(List.of(), tmp.resolve("resume.log"), tmp, 5,
                "sweep", "--resume", run.toString());
        String log = Files.readString(tmp.resolve("resume.log"));
        assertThat(resumed.exitValue()).as(log).isZero();
        assertThat(log).contains(name(steps.get(0)) + " at 1 cores: its saved result is unusable (empty file)",
                name(steps.get(1)) + " at 1 cores: its saved result is unusable (not JSON",
                name(steps.get(2)) + " at 1 cores: already measured, kept");
        JsonNode results = JSON.readTree(run.resolve("jmh.json").toFile());
        assertThat(results).hasSize(3);
        assertThat(JSON.readTree(run.resolve("machine.json").toFile()).get("status").asText()).isEqualTo("complete");
        assertThat(steps.get(0).resolveSibling(steps.get(0).getFileName() + ".invalid")).isEmptyFile();
        assertThat(steps.get(1).resolveSibling(steps.get(1).getFileName() + ".invalid"))
                .hasContent(whole.substring(0, whole.length() / 2));
    }
}
