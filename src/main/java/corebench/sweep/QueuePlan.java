package corebench.sweep;

import corebench.model.ModelKind;
import corebench.model.ModelType;
import corebench.model.Models;
import corebench.workload.Trait;
import corebench.workload.WorkQueue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The work queue in the sweep, at the top core count only (workers = cores): like granularity, a cost per
 * task measured where all cores are busy. {@value #TASKS} tasks per operation ({@value #LONG_TASKS} of the ~1 ms
 * tasks). By default: platform-pool,
 * virtual and forkjoin consumers on a {@code LinkedBlockingQueue} of capacity 16; platform-pool also on
 * the other JDK queues (array and synchronous bounded, linked and transfer unbounded); the child JVMs'
 * shared ring bounded and unbounded; the cluster's IQueue (unbounded); all at 10,000 samples per task,
 * granularity's task size, so the two workloads compare task for task; and platform-pool and process-pool
 * also at 500 and 400,000 samples (~1 µs and ~1 ms) for the curve against task size. The other
 * combinations are recorded as left out ({@code --models} runs them all); models with no consumers are
 * recorded with the reason. The quick plan runs platform-pool and process-pool at 10,000 samples.
 */
final class QueuePlan extends WorkloadPlan {
    static final String BENCHMARK = "corebench.bench.QueueBench.putAndJoin";
    /** Tasks per operation: 1000, except 100 of the ~1 ms tasks, so that an operation stays near 0.1 s. */
    static final int TASKS = 1000;
    private static final int LONG_TASKS = 100;
    private static final String LONG_SIZE = "400000";
    private static final String BOUND = "16";
    private static final String UNBOUNDED = String.valueOf(WorkQueue.UNBOUNDED);
    private static final String GRANULARITY_SIZE = "10000";
    private static final List<String> SIZES = List.of("500", GRANULARITY_SIZE, LONG_SIZE);
    private static final List<String> CURVE_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.PROCESS_POOL);
    private static final List<String> QUICK_MODELS = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.PROCESS_POOL);

    /** One queue at one capacity and task size. */
    private record Variant(String queue, String capacity, String taskSamples) {
    }

    QueuePlan() {
        super("queue", "work queue: 1,000 Monte Carlo tasks (100 of ~1 ms) put one by one on a shared queue, consumers get / task_done, producer joins");
    }

    @Override
    public List<JmhRun> runs(StepContext step, Consumer<SweepPlan.Skip> skips) {
        if (!step.top()) {
            return List.of();
        }
        for (String model : step.models()) {
            Models.byId(model).whyNot(List.of(WorkQueue.CONSUMERS)).ifPresent(reason ->
                    skips.accept(new SweepPlan.Skip(name(), model, reason)));
        }
        List<String> chosen = (step.quick() ? ModelChoice.pick(name(), step, QUICK_MODELS, s -> {
            if (consumers(s.model())) {
                skips.accept(s);
            }
        }) : step.models()).stream().filter(QueuePlan::consumers).toList();
        if (!step.quick() && !picked(step)) {
            for (String model : ModelKind.ids(ModelKind.VIRTUAL, ModelKind.FORKJOIN, ModelKind.CLUSTER)) {
                skips.accept(new SweepPlan.Skip(name(), model, "only " + variants(model, false, false).size() + " of its "
                        + variants(model, false, true).size() + " queue x capacity x task size combinations are in the default plan,"
                        + " to keep it within its time budget; run them all with --workloads queue --models " + model));
            }
        }
        // variant → models, so that models sharing a variant share one JMH invocation
        Map<Variant, List<String>> byVariant = new LinkedHashMap<>();
        for (String model : chosen) {
            for (Variant v : variants(model, step.quick(), picked(step))) {
                byVariant.computeIfAbsent(v, k -> new ArrayList<>()).add(model);
            }
        }
        List<JmhRun> runs = new ArrayList<>();
        byVariant.forEach((v, models) -> runs.add(new JmhRun(name() + "-" + v.queue() + "-" + v.capacity() + "-" + v.taskSamples(),
                name(), BENCHMARK, Map.of()).with("model", models).with("workers", List.of(String.valueOf(step.cores())))
                .with("queue", List.of(v.queue())).with("capacity", List.of(v.capacity()))
                .with("tasks", List.of(String.valueOf(v.taskSamples().equals(LONG_SIZE) ? LONG_TASKS : TASKS)))
                .with("taskSamples", List.of(v.taskSamples()))));
        return runs;
    }

    private static boolean consumers(String model) {
        return Models.byId(model).has(Trait.QUEUE_CONSUMERS);
    }

    private static boolean picked(StepContext step) {
        return ModelChoice.userPicked(step);
    }

    /** What a model runs: all it can when {@code full}, else the default plan's (or the quick plan's) share. */
    private static List<Variant> variants(String model, boolean quick, boolean full) {
        List<Variant> all = new ArrayList<>();
        ModelType type = Models.byId(model);
        boolean threads = type.has(Trait.SHARED_HEAP);
        List<String> sizes = full || CURVE_MODELS.contains(model) && !quick ? SIZES : List.of(GRANULARITY_SIZE);
        for (String size : sizes) {
            if (threads) {
                all.add(new Variant("linked", BOUND, size));
            } else {
                all.add(new Variant(WorkQueue.OWN_QUEUE, type.has(Trait.REMOTE) ? UNBOUNDED : BOUND, size));
            }
        }
        if (quick && !full) {
            return all;
        }
        if (threads && (full || model.equals(ModelKind.PLATFORM_POOL.id()))) {
            for (WorkQueue.Kind k : WorkQueue.Kind.values()) {
                for (String capacity : List.of(BOUND, UNBOUNDED)) {
                    Variant v = new Variant(k.id(), capacity, GRANULARITY_SIZE);
                    if (!all.contains(v) && WorkQueue.invalid(k.id(), Integer.parseInt(capacity)).isEmpty()) {
                        all.add(v);
                    }
                }
            }
        }
        if (!threads && !type.has(Trait.REMOTE)) {
            all.add(new Variant(WorkQueue.OWN_QUEUE, UNBOUNDED, GRANULARITY_SIZE));
        }
        return all;
    }
}
