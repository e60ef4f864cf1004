package corebench.report.compare;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.report.ResultFixtures;
import corebench.report.results.ReportException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The two real results folders of src/test/resources/corebench/compare (one machine confined to 1 CPU,
 * one using 2), copied for a test, and edits of them.
 */
public final class ComparisonFixtures {

    public static final String ONE_CPU = "epyc-1cpu";
    public static final String TWO_CPUS = "epyc-2cpu";

    private ComparisonFixtures() {
    }

    /** Copies fixture {@code name} to {@code dir/folder}. */
    public static Path copy(String name, Path dir, String folder) {
        return ResultFixtures.copyResource("/corebench/compare/" + name, dir.resolve(folder));
    }

    /** Copies fixture {@code name} to {@code dir/name}. */
    public static Path copy(String name, Path dir) {
        return copy(name, dir, name);
    }

    /** Compares the folders, the first as baseline, with machine ids as labels. */
    public static Comparison compare(Path... folders) throws ReportException {
        return Comparison.of(Contenders.read(List.of(folders), null, Map.of()));
    }

    /** Sets the score (ms/op) and its error of the result of {@code model} with {@code workers} on {@code cores}. */
    public static void setScore(Path run, String model, int workers, int cores, double ms, Object error)
            throws IOException {
        ResultFixtures.editResults(run, results -> {
            results.forEach(r -> {
                var p = r.path("params");
                if (p.path("model").asText().equals(model) && p.path("workers").asInt() == workers
                        && p.path("cores").asInt() == cores) {
                    ObjectNode metric = (ObjectNode) r.path("primaryMetric");
                    metric.put("score", ms);
                    if (error instanceof Double d) {
                        metric.put("scoreError", d);
                        ResultFixtures.forks((ObjectNode) r, metric, ms, d, model + workers + cores);
                    } else {
                        metric.put("scoreError", String.valueOf(error));
                        ResultFixtures.forks((ObjectNode) r, metric, ms, Double.NaN, model + workers + cores);
                    }
                }
            });
            return results;
        });
    }
}
