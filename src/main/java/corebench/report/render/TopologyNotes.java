package corebench.report.render;

import corebench.report.analysis.ClockSteps;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.analysis.TopologyEffects;
import corebench.report.results.StepTopology;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's words on the hardware under the curves: which CPUs each step took (physical cores, SMT
 * siblings, sockets), what each boundary did to every scenario's curves, and the clock per step.
 */
final class TopologyNotes {
    /** The section's title in index.html and summary.md. */
    static final String TITLE = "Topology and clock";

    private TopologyNotes() {
    }

    /** One paragraph per line; empty when the run recorded neither topology nor clock. */
    static List<String> lines(RunAnalysis analysis) {
        StepTopology topology = analysis.results().machine().topology();
        List<String> lines = new ArrayList<>();
        if (!topology.steps().isEmpty()) {
            StringBuilder b = new StringBuilder("CPUs per step (order: ")
                    .append(topology.cpuOrder() == null ? "not recorded" : topology.cpuOrder()).append("):");
            for (StepTopology.Step s : topology.steps()) {
                b.append(' ').append(s.cores()).append(s.cores() == 1 ? " CPU" : " CPUs").append(" = ").append(s.physicalCores())
                        .append(s.physicalCores() == 1 ? " core" : " cores").append(s.smt() ? " with SMT siblings" : "")
                        .append(" on ").append(s.sockets()).append(s.sockets() == 1 ? " socket;" : " sockets;");
            }
            b.setLength(b.length() - 1);
            List<StepTopology.Boundary> boundaries = topology.boundaries();
            b.append(boundaries.isEmpty() ? ". No step uses SMT siblings or a second socket for the first time, so the charts mark no boundary."
                    : ". The speedup and efficiency charts mark " + String.join(" and ", boundaries.stream()
                    .map(x -> x.what() + " from " + x.from() + " cores").toList()) + ".");
            lines.add(b.toString());
            for (ScenarioAnalysis s : analysis.scenarios()) {
                lines.addAll(TopologyEffects.sentences(s, topology));
            }
        }
        ClockSteps.of(analysis.results()).sentence().ifPresent(lines::add);
        return lines;
    }
}
