package corebench.report.analysis;

import corebench.report.results.Placement;
import java.util.List;
import java.util.Optional;

/**
 * One model's rows in one scenario, sorted by cores then workers, and its fits.
 *
 * @param model the concurrency model
 * @param rows  every measurement of the model in the scenario
 * @param fits  the scaling fits of its workers = cores rows
 */
public record ModelSeries(String model, List<Row> rows, ModelFits fits) {

    public ModelSeries {
        rows = List.copyOf(rows);
    }

    /** The scaling curve: rows with workers = cores. */
    public List<Row> scaling() {
        return only(Placement.SCALING);
    }

    /** Rows with more workers than cores. */
    public List<Row> oversubscribed() {
        return only(Placement.OVERSUBSCRIBED);
    }

    /** The 1 worker, 1 core row that speedups are relative to. */
    public Optional<Row> baseline() {
        return rows.stream().filter(r -> r.cores() == 1 && r.workers() == 1).findFirst();
    }

    /** The most cores measured on the scaling curve (0 without a curve). */
    public int maxCores() {
        return scaling().stream().mapToInt(Row::cores).max().orElse(0);
    }

    private List<Row> only(Placement placement) {
        return rows.stream().filter(r -> r.measurement().placement() == placement).toList();
    }
}
