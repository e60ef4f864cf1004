package corebench.sweep;

import corebench.model.ModelKind;
import corebench.bench.PingPongBench;
import corebench.workload.PingPong;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Ping-pong in the sweep, at 1 and 2 CPUs only: a round trip between two parties needs no curve beyond
 * the case where both share one CPU and the case where each has its own (the cross-CPU wake-up). By
 * default, at 2 CPUs: platform threads through a SynchronousQueue, an Exchanger and park/unpark, virtual
 * threads through park/unpark, and two JVMs over a pipe and through shared memory; at 1 CPU the platform
 * threads' park/unpark and both JVM mechanisms. {@code --models} runs every mechanism of the picked
 * models at both. The quick plan runs park/unpark, the pipe and shared memory at the top of the two.
 */
final class PingPongPlan extends WorkloadPlan {
    static final String BENCHMARK = "corebench.bench.PingPongBench.roundTrips";
    private static final List<String> THREADS = List.of("synchronous-queue", "exchanger", "park");
    private static final List<String> JVMS = List.of("pipe", "shared-memory");

    PingPongPlan() {
        super("pingpong", "ping-pong: round-trip time of one message between two threads or two JVMs, per hand-off mechanism");
    }

    @Override
    public List<JmhRun> runs(StepContext step, Consumer<SweepPlan.Skip> skips) {
        int top = Math.min(2, step.maxCores());
        if (step.cores() == top) {
            for (String model : step.models()) {
                if (!PingPongBench.PARTIES.contains(model)) {
                    skips.accept(new SweepPlan.Skip(name(), model, PingPongBench.limitation(model, PingPong.Mechanism.PARK).orElseThrow()));
                }
            }
            if (!ModelChoice.userPicked(step) && step.models().contains(ModelKind.VIRTUAL.id())) {
                skips.accept(new SweepPlan.Skip(name(), ModelKind.VIRTUAL.id(), (step.quick() ? "not in the quick plan" : "only park/unpark at the"
                        + " top step is in the default plan") + ", to keep it within its time budget; run every mechanism with"
                        + " --workloads pingpong --models virtual"));
            }
        }
        if (step.cores() > 2 || step.quick() && step.cores() != top) {
            return List.of();
        }
        return sharing(step.models(), model -> mechanisms(model, step, top), (mechanisms, models) -> new JmhRun(
                name() + "-" + String.join("-", mechanisms), name(), BENCHMARK, Map.of()).with("model", models)
                .with("workers", List.of("1")).with("mechanism", mechanisms));
    }

    /** The mechanisms a model runs at this step. */
    private static List<String> mechanisms(String model, StepContext step, int top) {
        if (!PingPongBench.PARTIES.contains(model)) {
            return List.of();
        }
        boolean jvms = model.equals(ModelKind.PROCESS_POOL.id());
        if (ModelChoice.userPicked(step) && !step.quick() || jvms) {
            return jvms ? JVMS : THREADS;
        }
        if (step.quick()) {
            return model.equals(ModelKind.PLATFORM_POOL.id()) ? List.of("park") : List.of();
        }
        if (step.cores() != top) {
            return model.equals(ModelKind.PLATFORM_POOL.id()) ? List.of("park") : List.of();
        }
        return model.equals(ModelKind.PLATFORM_POOL.id()) ? THREADS : List.of("park");
    }
}
