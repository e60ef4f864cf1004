package corebench.report.verdict;

import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.WorkloadRow;
import corebench.report.results.Estimate;
import corebench.report.results.Measurement;
import corebench.report.results.KnownModels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Blocking work: per model, on the most cores measured, its best throughput over the worker counts
 * measured and the fewest workers that reach {@link #SHARE} of it. Only measured worker counts are
 * known, so the need lies above the count measured before ({@code below}) and at most {@code workers}.
 *
 * @param model      the model
 * @param cores      the cores it ran on
 * @param best       its best throughput (tasks/s) with its 99.9% half-width
 * @param bestWorkers the worker count of the best throughput
 * @param workers    the fewest measured workers reaching {@link #SHARE} of the best (by the measured values)
 * @param below      the measured worker count before {@code workers} (0: none)
 * @param measured   every worker count measured
 * @param source     the measurement of the best throughput
 */
public record WorkersNeeded(String model, int cores, Estimate best, int bestWorkers, int workers, int below,
                            List<Integer> measured, Measurement source) {

    /** The share of the best throughput the workers must reach. */
    public static final double SHARE = 0.9;

    static final String WORKLOAD = "blocking";

    /** Workers per core to reach the share. */
    public double perCore() {
        return (double) workers / cores;
    }

    /** Every model's need; empty without the workload. */
    static List<WorkersNeeded> of(RunAnalysis analysis) {
        List<WorkloadRow> rows = WorkloadRow.of(analysis, WORKLOAD);
        int cores = rows.stream().mapToInt(w -> w.row().cores()).max().orElse(0);
        Map<String, List<WorkloadRow>> byModel = rows.stream().filter(w -> w.row().cores() == cores)
                .collect(Collectors.groupingBy(WorkloadRow::model, () -> new TreeMap<>(KnownModels.ORDER), Collectors.toList()));
        List<WorkersNeeded> needs = new ArrayList<>();
        byModel.forEach((model, own) -> {
            List<WorkloadRow> sorted = own.stream().sorted(Comparator.comparingInt(w -> w.row().workers())).toList();
            WorkloadRow best = sorted.stream().max(Comparator.comparingDouble(w -> w.row().throughput().value())).orElseThrow();
            double target = SHARE * best.row().throughput().value();
            int index = 0;
            while (sorted.get(index).row().throughput().value() < target) {
                index++;
            }
            needs.add(new WorkersNeeded(model, cores, best.row().throughput(), best.row().workers(),
                    sorted.get(index).row().workers(), index == 0 ? 0 : sorted.get(index - 1).row().workers(),
                    sorted.stream().map(w -> w.row().workers()).toList(), best.row().measurement()));
        });
        return needs;
    }
}
