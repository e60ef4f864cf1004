package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.ResultFixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AaCheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheAaFiguresOfTwoRuns() throws Exception {
        Path a = ResultFixtures.syntheticSweep(dir.resolve("a"));
        Path b = ResultFixtures.syntheticSweep(dir.resolve("b"));
        CommandRun run = CommandRun.of(new AaCheckCommand(), a.toString(), b.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("A/A check of 2 runs of the same plan").contains("  results:  0 of ")
                .contains("  not claimed (set aside): 0 of ").contains("  forks set aside for capacity: 0 of ");
    }

    @Test
    void aMissingFolderIsOneLineAndExitOne() {
        CommandRun run = CommandRun.of(new AaCheckCommand(), dir.resolve("none").toString(), dir.resolve("other").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("corebench aa-check: ").doesNotContain("\n");
    }
}
