package corebench.sweep;

import corebench.model.ModelKind;
import corebench.model.ModelType;
import corebench.model.Models;
import corebench.workload.Trait;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One workload's part of a sweep: which benchmarks it runs, with which parameters, at each core count.
 * Implementations live beside each other in this package and are listed in {@link Workloads}.
 */
public abstract class WorkloadPlan {
    private final String name;
    private final String description;

    /**
     * @param name        the workload name used on the command line and in results, e.g. {@code montecarlo}
     * @param description one line for {@code corebench list}
     */
    protected WorkloadPlan(String name, String description) {
        this.name = name;
        this.description = description;
    }

    /** The workload name used on the command line and in results, e.g. {@code montecarlo}. */
    public String name() {
        return name;
    }

    /** One line for {@code corebench list}. */
    public String description() {
        return description;
    }

    /**
     * The JMH invocations of this workload at one core-count step (empty to run nothing there), each model ×
     * workload combination it leaves out there told to {@code skips} with the reason (recorded in results).
     */
    public abstract List<JmhRun> runs(StepContext step, Consumer<SweepPlan.Skip> skips);

    /**
     * One run per distinct value list: the models whose {@code values} are equal share one JMH invocation, made by
     * {@code run} from the values and the models; a model with no values runs nothing.
     */
    protected static List<JmhRun> sharing(List<String> models, Function<String, List<String>> values,
                                BiFunction<List<String>, List<String>, JmhRun> run) {
        Map<List<String>, List<String>> byValues = new LinkedHashMap<>();
        for (String model : models) {
            List<String> v = values.apply(model);
            if (!v.isEmpty()) {
                byValues.computeIfAbsent(v, k -> new ArrayList<>()).add(model);
            }
        }
        List<JmhRun> runs = new ArrayList<>();
        byValues.forEach((v, m) -> runs.add(run.apply(v, m)));
        return runs;
    }

    /**
     * What a workload plan needs to know about a step.
     *
     * @param cores    the step's core count
     * @param maxCores the largest core count of the sweep (the machine's, unless limited)
     * @param models   the model names the user asked for, in {@link Models#ids()} order
     * @param quick    whether this is the short plan
     */
    public record StepContext(int cores, int maxCores, List<String> models, boolean quick) {

        /** Whether this is the top step, where oversubscription points are measured. */
        public boolean top() {
            return cores == maxCores;
        }

        /** The requested models on the scaling curve: {@code sequential} only at one core, its baseline. */
        public List<String> scalingModels() {
            return cores == 1 ? models : modelsExcept(ModelKind.SEQUENTIAL.id());
        }

        /** The requested models (in {@code from}) that satisfy {@code test}, by their traits. */
        public static List<String> where(List<String> from, Predicate<ModelType> test) {
            return from.stream().filter(m -> test.test(Models.byId(m))).toList();
        }

        /** The requested models (in {@code from}) that have {@code trait}, or lack it. */
        public static List<String> where(List<String> from, Trait trait, boolean present) {
            return where(from, m -> m.has(trait) == present);
        }

        /** The requested models without those in {@code excluded}. */
        public List<String> modelsExcept(String... excluded) {
            List<String> out = new ArrayList<>(models);
            out.removeAll(List.of(excluded));
            return out;
        }
    }
}
