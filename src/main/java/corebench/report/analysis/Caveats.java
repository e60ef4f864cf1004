package corebench.report.analysis;

import corebench.report.results.Machine;
import corebench.report.results.Measurement;
import corebench.report.results.ResultsReader;
import corebench.report.results.StepCapacity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A run's warnings split by what they do to the reading. The {@link #box()} holds what changes how the
 * numbers may be read (CPUs not restricted, an unfinished sweep, fits that hit a bound, results whose
 * interval is wider than {@link #WIDE}); each kind gives one line, listing the scenarios it concerns
 * (an unfinished sweep: one per results folder).
 * Everything else the reader and analysis noticed is a {@link #notes()} line.
 *
 * @param box   what changes the reading, shown first
 * @param notes the rest, shown below
 */
public record Caveats(List<String> box, List<String> notes) {

    /** A relative 99.9% half-width above this makes a result noisy enough to mention. */
    public static final double WIDE = 0.25;

    /**
     * The kinds of warning that change the reading, each at most one line (or none) for a run. Adding a
     * kind (say, missed precision targets) is one function here.
     */
    public static final List<Function<RunAnalysis, List<String>>> KINDS = List.of(
            Caveats::unrestricted, Caveats::unfinished, Caveats::shortOfCpus, Caveats::notQuiet, Caveats::missedTargets, Caveats::unclaimed,
            Caveats::implausible, Caveats::fitsAtBound, Caveats::wideIntervals);

    public Caveats {
        box = List.copyOf(box);
        notes = List.copyOf(notes);
    }

    /** The caveats of an analysed run. */
    public static Caveats of(RunAnalysis analysis) {
        List<String> box = KINDS.stream().flatMap(k -> k.apply(analysis).stream()).toList();
        return new Caveats(box, analysis.warnings().stream().filter(w -> !box.contains(w)).toList());
    }

    /** Every line, box first: for the console. */
    public List<String> all() {
        List<String> all = new ArrayList<>(box);
        all.addAll(notes);
        return all;
    }

    private static List<String> unrestricted(RunAnalysis analysis) {
        Machine machine = analysis.results().machine();
        long free = analysis.results().measurements().stream().filter(m -> !m.restricted()).count();
        List<String> lines = new ArrayList<>();
        if (Boolean.FALSE.equals(machine.restrictionAvailable())) {
            lines.add("CPUs were not restricted per step (" + machine.cpuRestriction() + "): every core count ran on"
                    + " all CPUs, so the scaling curves measure workers, not cores");
        } else if (free > 0) {
            lines.add(free + " result(s) ran without CPU restriction (cores=0): placed at min(workers, CPUs), they may"
                    + " have used every CPU");
        }
        return lines;
    }

    /** The reader's warnings of unfinished sweeps, one per results folder. */
    private static List<String> unfinished(RunAnalysis analysis) {
        return analysis.warnings().stream().filter(w -> w.endsWith(ResultsReader.UNFINISHED)).toList();
    }

    /** The reader's warnings of steps the machine could not give their CPUs ({@link StepCapacity}). */
    private static List<String> shortOfCpus(RunAnalysis analysis) {
        return analysis.warnings().stream().filter(w -> w.startsWith(StepCapacity.SENTENCE)).toList();
    }

    /** The reader's warnings of steps during which other processes or the hypervisor took the CPUs. */
    private static List<String> notQuiet(RunAnalysis analysis) {
        return analysis.warnings().stream().filter(w -> w.endsWith(ResultsReader.NOT_QUIET)).toList();
    }

    /** The reader's warning of results whose interval stayed wider than the sweep's precision target. */
    private static List<String> missedTargets(RunAnalysis analysis) {
        return analysis.warnings().stream().filter(w -> w.contains(ResultsReader.MISSED_TARGETS)).toList();
    }

    /** The reader's warning of results that are not claimed ({@link ResultsReader#UNCLAIMED}). */
    private static List<String> unclaimed(RunAnalysis analysis) {
        return analysis.warnings().stream().filter(w -> w.contains(ResultsReader.UNCLAIMED)).toList();
    }

    /** Efficiencies above 100% beyond their intervals ({@link Plausibility}). */
    private static List<String> implausible(RunAnalysis analysis) {
        return Plausibility.flags(analysis);
    }

    private static List<String> fitsAtBound(RunAnalysis analysis) {
        Map<String, List<String>> byScenario = new LinkedHashMap<>();
        for (ScenarioAnalysis s : analysis.scenarios()) {
            for (ModelSeries m : s.models()) {
                List<String> flags = new ArrayList<>();
                m.fits().amdahl().ifPresent(f -> flags.addAll(f.flags()));
                m.fits().gustafson().ifPresent(f -> flags.addAll(f.flags()));
                m.fits().usl().ifPresent(f -> flags.addAll(f.flags()));
                if (flags.stream().anyMatch(f -> f.contains("hit its bound"))) {
                    byScenario.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(m.model());
                }
            }
        }
        return grouped("fits that hit a bound of their parameters (a limit, not a measured value; see the flags)",
                byScenario);
    }

    private static List<String> wideIntervals(RunAnalysis analysis) {
        Map<String, List<String>> byScenario = new LinkedHashMap<>();
        for (ScenarioAnalysis s : analysis.scenarios()) {
            for (ModelSeries m : s.models()) {
                for (Row r : m.rows()) {
                    Measurement ms = r.measurement();
                    // an unclaimed result has no interval and a line of its own
                    if (ms.claimed() && (!ms.secondsPerOp().hasError() || ms.secondsPerOp().relativeError() > WIDE)) {
                        byScenario.computeIfAbsent(s.label(), k -> new ArrayList<>())
                                .add(m.model() + " " + ms.workers() + "w/" + ms.cores() + "c");
                    }
                }
            }
        }
        long count = byScenario.values().stream().mapToLong(List::size).sum();
        return grouped(count + " result(s) with a 99.9% CI wider than ±" + Math.round(WIDE * 100)
                + "% (or none): differences among them are mostly noise", byScenario);
    }

    /** One line: what, then each scenario with what it concerns; nothing for an empty map. */
    private static List<String> grouped(String what, Map<String, List<String>> byScenario) {
        if (byScenario.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        byScenario.forEach((scenario, items) -> parts.add(scenario + " (" + String.join(", ", items) + ")"));
        return List.of(what + ": " + String.join("; ", parts));
    }
}
