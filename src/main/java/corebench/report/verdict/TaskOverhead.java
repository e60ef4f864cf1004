package corebench.report.verdict;

import corebench.format.Confidence;
import corebench.format.Samples;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.WorkloadRow;
import corebench.report.results.Claim;
import corebench.report.results.Estimate;
import corebench.report.results.Measurement;
import corebench.report.results.KnownModels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Break-even task sizes from the granularity workload, per model, at the most cores measured with
 * workers = cores. With {@code N} workers and the sequential model's time per task {@code t0}, a model
 * whose time per task is {@code t(c)} at chunk size {@code c} (tasks per submission) spends
 * {@code o(c) = N c t(c) - c t0} of worker time per submission on something other than the work. A task
 * of {@code w} us of work is slowed by {@code o / (w + o)}: under 5% for {@code w > 19 o}, under 1% for
 * {@code w > 99 o}. Errors: the two times' 99.9% half-widths, added in quadrature.
 *
 * @param model             the model
 * @param workers           N
 * @param smallestChunk     the smallest chunk size measured (1 in the default plan)
 * @param perSubmission     o at that chunk size, seconds
 * @param bestChunk         the chunk size with the lowest time per task
 * @param perTaskAtBest     o / c at the best chunk size, seconds per task
 * @param underFivePercent  the smallest task (seconds of work per submission) for which o is under 5%
 * @param underOnePercent   the same for 1%
 * @param claim            whether the results behind the overhead (the model's and the reference's) are claimed
 */
public record TaskOverhead(String model, int workers, int smallestChunk, Estimate perSubmission, int bestChunk,
                           Estimate perTaskAtBest, Estimate underFivePercent, Estimate underOnePercent, Claim claim) {

    static final String WORKLOAD = "granularity";

    /** Whether the overhead's interval includes zero: the model adds nothing the measurement can see. */
    public boolean inNoise() {
        return !perSubmission.hasError() || perSubmission.value() - perSubmission.error() <= 0;
    }

    /** Every model's overheads (the sequential reference excluded); empty without the workload or its reference. */
    static List<TaskOverhead> of(RunAnalysis analysis) {
        List<WorkloadRow> rows = WorkloadRow.of(analysis, WORKLOAD);
        int cores = WorkloadRow.topCores(rows);
        List<WorkloadRow> top = rows.stream().filter(w -> w.row().cores() == cores && w.row().workers() == cores).toList();
        Optional<WorkloadRow> reference = top.stream().filter(w -> w.model().equals(KnownModels.BASELINE))
                .min(Comparator.comparingDouble(w -> w.number("chunkSize")));
        if (reference.isEmpty()) {
            return List.of();
        }
        Map<String, List<WorkloadRow>> byModel = top.stream().filter(w -> !w.model().equals(KnownModels.BASELINE))
                .collect(Collectors.groupingBy(WorkloadRow::model, () -> new TreeMap<>(KnownModels.ORDER), Collectors.toList()));
        List<TaskOverhead> overheads = new ArrayList<>();
        byModel.forEach((model, own) -> {
            WorkloadRow smallest = own.stream().min(Comparator.comparingDouble(w -> w.number("chunkSize"))).orElseThrow();
            WorkloadRow best = own.stream().min(Comparator.comparingDouble(w -> secondsPerTask(w).value())).orElseThrow();
            Estimate o = perSubmission(smallest, reference.get(), cores);
            Measurement mine = smallest.row().measurement();
            Measurement base = reference.get().row().measurement();
            overheads.add(new TaskOverhead(model, cores, (int) smallest.number("chunkSize"), o,
                    (int) best.number("chunkSize"),
                    perSubmission(best, reference.get(), cores).times(1 / best.number("chunkSize")),
                    o.times(19), o.times(99), mine.claimed() ? base.claim() : mine.claim()));
        });
        return overheads;
    }

    /**
     * o(c) = N c t(c) - c t0: per round, paired, with Student's t over the rounds' differences
     * ({@link Confidence}); without 2 rounds in common, from the two means with their errors in quadrature.
     */
    private static Estimate perSubmission(WorkloadRow w, WorkloadRow reference, int workers) {
        double c = w.number("chunkSize");
        double perTask = 1 / w.number("tasks");
        double referencePerTask = 1 / reference.number("tasks");
        Map<Integer, Double> own = w.row().measurement().roundSeconds();
        Map<Integer, Double> base = reference.row().measurement().roundSeconds();
        double[] paired = own.keySet().stream().filter(base::containsKey)
                .mapToDouble(r -> workers * c * own.get(r) * perTask - c * base.get(r) * referencePerTask).toArray();
        if (paired.length >= 2) {
            return new Estimate(Samples.mean(paired), Confidence.halfWidth(paired, Confidence.LEVEL));
        }
        Estimate t = secondsPerTask(w);
        Estimate t0 = secondsPerTask(reference);
        return new Estimate(workers * c * t.value() - c * t0.value(),
                Math.hypot(workers * c * t.error(), c * t0.error()));
    }

    /** A batch's time spread over its {@code tasks} (docs/results-format.md). */
    static Estimate secondsPerTask(WorkloadRow w) {
        return w.row().measurement().secondsPerOp().times(1 / w.number("tasks"));
    }
}
