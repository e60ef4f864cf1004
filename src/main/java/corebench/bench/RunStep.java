package corebench.bench;

import corebench.model.ModelType;
import corebench.model.Models;
import corebench.workload.Need;
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
 * What a workload's run declaration ({@link Workload#runs}) sees of one core-count step of a sweep, and the
 * helpers every declaration shares: which models have a trait or meet a workload's needs, the budget's short
 * model lists, and one run per distinct parameter list. Every model left out is told to the step with a reason.
 *
 * @param workload the workload declaring its runs, e.g. {@code montecarlo}
 * @param cores    the step's core count
 * @param maxCores the largest core count of the sweep (the machine's, unless limited)
 * @param models   the model names the user asked for, in {@link Models#ids()} order
 * @param quick    whether this is the short plan
 * @param skips    receives each model left out with the reason (recorded in results)
 */
public record RunStep(String workload, int cores, int maxCores, List<String> models, boolean quick,
                      Consumer<Skip> skips) {

    /** A model (or a comma-separated list) a workload leaves out at a step, and why. */
    public record Skip(String workload, String model, String reason) {
    }

    /** Whether this is the top step, where oversubscription points are measured. */
    public boolean top() {
        return cores == maxCores;
    }

    /** The step's core count as a parameter value. */
    public List<String> workers() {
        return List.of(String.valueOf(cores));
    }

    /** The requested models on the scaling curve: {@linkplain Trait#SERIAL serial} ones only at one core, the baseline. */
    public List<String> scalingModels() {
        return cores == 1 ? models : where(models, Trait.SERIAL, false);
    }

    /** The models (in {@code from}) that satisfy {@code test}. */
    public static List<String> where(List<String> from, Predicate<ModelType> test) {
        return from.stream().filter(m -> test.test(Models.byId(m))).toList();
    }

    /** The models (in {@code from}) that have {@code trait}, or lack it. */
    public static List<String> where(List<String> from, Trait trait, boolean present) {
        return where(from, m -> m.has(trait) == present);
    }

    /** The models (in {@code from}) that meet {@code needs}. */
    public static List<String> fitting(List<String> from, List<Need> needs) {
        return where(from, m -> Fit.runs(m, needs));
    }

    /** Records {@code model} as left out for {@code reason}. */
    public void skip(String model, String reason) {
        skips.accept(new Skip(workload, model, reason));
    }

    /** Records each of {@code models} that fails {@code needs}, the reason after {@code prefix}. */
    public void skipUnfit(List<String> from, String prefix, List<Need> needs) {
        for (String model : from) {
            Fit.whyNot(Models.byId(model), needs).ifPresent(reason -> skip(model, prefix + reason));
        }
    }

    /** This step, recording only the skips of models that pass {@code test}. */
    public RunStep skippingOnly(Predicate<String> test) {
        return new RunStep(workload, cores, maxCores, models, quick, s -> {
            if (test.test(s.model())) {
                skips.accept(s);
            }
        });
    }

    /** Whether the user named the models ({@code --models}) rather than taking them all. */
    public boolean userPicked() {
        return models.size() < Models.all().size();
    }

    /**
     * The models run when the budget cannot afford them all: those requested in {@code shortList} unless the user
     * picked them (then all); each requested model left out is recorded with the way to run it.
     */
    public List<String> pick(List<String> shortList) {
        if (userPicked()) {
            return models;
        }
        String plan = quick ? "quick" : "default";
        models.stream().filter(m -> !shortList.contains(m)).forEach(m -> skip(m, "not in the " + plan
                + " plan, to keep it within its time budget; run it with --workloads " + workload + " --models " + m));
        return models.stream().filter(shortList::contains).toList();
    }

    /** {@link #pick} of the quick or the default short list at the top step, where the workload runs; none elsewhere. */
    public List<String> pickAtTop(List<String> quickList, List<String> defaultList) {
        return top() ? pick(quick ? quickList : defaultList) : List.of();
    }

    /** A run of {@code benchmark} named {@code <workload>-<suffix>}, with no parameters yet. */
    public Run run(String suffix, String benchmark) {
        return new Run(suffix.isEmpty() ? workload : workload + "-" + suffix, benchmark, Map.of());
    }

    /**
     * One run per distinct value list: the models whose {@code values} are equal share one run, made by {@code run}
     * from the values and the models; a model with no values runs nothing.
     */
    public static List<Run> sharing(List<String> models, Function<String, List<String>> values,
                                    BiFunction<List<String>, List<String>, Run> run) {
        Map<List<String>, List<String>> byValues = new LinkedHashMap<>();
        for (String model : models) {
            List<String> v = values.apply(model);
            if (!v.isEmpty()) {
                byValues.computeIfAbsent(v, k -> new ArrayList<>()).add(model);
            }
        }
        List<Run> runs = new ArrayList<>();
        byValues.forEach((v, m) -> runs.add(run.apply(v, m)));
        return runs;
    }

    /**
     * One run per distinct list of the values the models run: each model wants {@code wanted} values (chunk sizes,
     * worker counts, strategies) and runs those whose {@code needs} it meets; each value it fails is recorded as
     * {@code <what> <value>: <reason>}. Models running the same values share one run, made by {@code run}.
     */
    public List<Run> sharingFit(List<String> models, Function<String, List<String>> wanted,
                                Function<String, List<Need>> needs, String what,
                                BiFunction<List<String>, List<String>, Run> run) {
        for (String model : models) {
            for (String value : wanted.apply(model)) {
                skipUnfit(List.of(model), what + " " + value + ": ", needs.apply(value));
            }
        }
        return sharing(models, model -> wanted.apply(model).stream()
                .filter(v -> Fit.runs(Models.byId(model), needs.apply(v))).toList(), run);
    }

    /**
     * One JMH invocation a workload declares: a benchmark and the parameter values JMH crosses.
     *
     * @param name      file-safe name, unique within a step, e.g. {@code montecarlo-strong-scalar}
     * @param benchmark the JMH benchmark, e.g. {@code corebench.bench.MonteCarloBench.pi}
     * @param params    parameter name → values, in the order they were added
     */
    public record Run(String name, String benchmark, Map<String, List<String>> params) {

        public Run {
            params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        /** These params plus one more. */
        public Run with(String param, List<String> values) {
            Map<String, List<String>> p = new LinkedHashMap<>(params);
            p.put(param, List.copyOf(values));
            return new Run(name, benchmark, p);
        }

        /** These params plus {@code model}. */
        public Run models(List<String> models) {
            return with("model", models);
        }
    }
}
