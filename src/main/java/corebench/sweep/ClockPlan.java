package corebench.sweep;

import corebench.model.ModelKind;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The clock probe ({@code ClockBench}) once per core-count step, with as many threads as the step has
 * CPUs: the effective GHz of each step, so that the report can show a clock-normalised speedup beside the
 * raw one. It costs one short benchmark per step whatever models were asked for.
 */
final class ClockPlan extends WorkloadPlan {
    static final String BENCHMARK = "corebench.bench.ClockBench.chains";

    ClockPlan() {
        super("clock", "clock probe: a dependent integer-multiply chain on every CPU of the step at once (effective GHz per step)");
    }

    @Override
    public List<JmhRun> runs(StepContext step, Consumer<SweepPlan.Skip> skips) {
        return List.of(new JmhRun(name(), name(), BENCHMARK, Map.of())
                .with("model", ModelKind.ids(ModelKind.PLATFORM_POOL)).with("workers", List.of(String.valueOf(step.cores()))));
    }
}
