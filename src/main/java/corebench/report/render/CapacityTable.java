package corebench.report.render;

import corebench.report.results.StepCapacity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivered capacity per core-count step ({@link StepCapacity}) as a table for index.html and summary.md,
 * and as {@code capacity.csv}; nothing at all for runs that did not record capacity.
 */
final class CapacityTable {
    /** The section's title. */
    static final String TITLE = "Delivered capacity per step";
    /** What the table shows, above it. */
    static final String READING = "What the machine delivered to each step's counted forks, in CPUs out of the step's"
            + " (the capacity probe right before and right after each fork's measured iterations; a fork's value is the"
            + " lesser), and how many forks the sweep set aside because the machine did not deliver the step's CPUs. A"
            + " step whose median is below " + Math.round(100 * StepCapacity.SHORT_SHARE) + "% of its CPUs, or with more"
            + " than half its forks set aside, is not claimed.";
    static final List<String> HEADER = List.of("cores", "forks counted", "delivered (median)", "delivered (least)",
            "forks set aside", "reading");
    private static final List<String> CSV_HEADER = List.of("cores", "forks_counted", "delivered_median_cpus",
            "delivered_least_cpus", "forks_set_aside", "claimed");

    private CapacityTable() {
    }

    /** One row per step, for display. */
    static List<List<String>> rows(List<StepCapacity> steps) {
        List<List<String>> rows = new ArrayList<>();
        for (StepCapacity s : steps) {
            rows.add(List.of(Integer.toString(s.cores()), Integer.toString(s.counted()),
                    StepCapacity.cpus(s.median()) + " of " + s.cores(), StepCapacity.cpus(s.least()) + " of " + s.cores(),
                    s.setAside() + " of " + (s.counted() + s.setAside()),
                    s.fellShort() ? "⚠ the machine could not give this step its CPUs: not claimed" : "delivered"));
        }
        return rows;
    }

    /** Writes {@code dir/capacity.csv} when the run recorded capacity. */
    static void writeCsv(List<StepCapacity> steps, Path dir) throws IOException {
        if (steps.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(List.of(CsvTables.line(CSV_HEADER)));
        for (StepCapacity s : steps) {
            lines.add(CsvTables.line(List.of(Integer.toString(s.cores()), Integer.toString(s.counted()),
                    CsvTables.number(s.median()), CsvTables.number(s.least()), Integer.toString(s.setAside()),
                    Boolean.toString(!s.fellShort()))));
        }
        Files.write(dir.resolve("capacity.csv"), lines);
    }
}
