package corebench.report.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.ResultFixtures;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ResultsReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tiny-tasks verdict reads the queue workload too: each model's fastest queue at granularity's task size. */
class QueueTinyTasksTest {

    @TempDir
    Path dir;

    @Test
    void queueContendersJoinTheTinyTasksRanking() throws Exception {
        Path run = ResultFixtures.copy("queues", dir);
        VerdictRow tiny = Verdict.of(RunAnalysis.of(ResultsReader.read(List.of(run)))).rows().stream()
                .filter(r -> r.work().startsWith("tiny tasks")).findFirst().orElseThrow();
        List<String> labels = tiny.ranking().stream().map(r -> r.contender().label()).toList();
        assertThat(labels).contains("platform-pool", "process-pool", "cluster");
        assertThat(labels).filteredOn(l -> l.contains(" (queue ")).extracting(l -> l.substring(0, l.indexOf(' ')))
                .containsExactlyInAnyOrder("platform-pool", "virtual", "forkjoin", "process-pool", "cluster");
        assertThat(labels).contains("process-pool (queue own/unbounded)"); // its faster ring in this run
    }
}
