package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.Report;
import corebench.report.ResultFixtures;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ResultsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results of models the report has never heard of (newer or foreign ones) render in fallback colours. */
class UnknownModelTest {

    @TempDir
    Path dir;

    @Test
    void resultsOfModelsTheReportDoesNotKnowRender() throws Exception {
        Path run = ResultFixtures.syntheticSweep(dir);
        // ten unknown names at once: more than any fixed palette of known models has colours
        ResultFixtures.editResults(run, results -> {
            for (int i = 0; i < results.size(); i++) {
                ObjectNode params = (ObjectNode) results.get(i).path("params");
                if (!params.path("model").asText().equals("sequential")) {
                    params.put("model", params.path("model").asText() + "-next");
                }
            }
            for (int i = 0; i < 6; i++) {
                ObjectNode copy = results.get(1).deepCopy();
                ((ObjectNode) copy.path("params")).put("model", "actor-" + i).put("workers", "1").put("cores", "1");
                results.add(copy);
            }
            return results;
        });
        Path out = dir.resolve("charts");
        Report.render(RunAnalysis.of(ResultsReader.read(List.of(run))), out);
        String html = Files.readString(out.resolve("index.html"));
        assertThat(html).contains("forkjoin-next", "actor-5");
        RenderedFiles.assertPngsAreCharts(out);
    }
}
