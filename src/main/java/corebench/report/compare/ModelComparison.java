package corebench.report.compare;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One model in one scenario across the machines.
 *
 * @param model     the concurrency model
 * @param standings one per machine, in the comparison's order (machines that did not measure it included)
 * @param verdicts  per metric, who wins (metrics no machine has are absent)
 */
public record ModelComparison(String model, List<Standing> standings, Map<Metric, Verdict> verdicts) {

    public ModelComparison {
        standings = List.copyOf(standings);
        verdicts = Map.copyOf(verdicts);
    }

    /** Who wins a metric, if any machine has it. */
    public Optional<Verdict> verdict(Metric metric) {
        return Optional.ofNullable(verdicts.get(metric));
    }

    /** The standings of machines that measured the model. */
    public List<Standing> measured() {
        return standings.stream().filter(Standing::measured).toList();
    }
}
