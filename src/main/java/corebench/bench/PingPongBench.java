package corebench.bench;

import corebench.model.ModelType;
import corebench.model.Models;
import corebench.worker.PingPongPeer;
import corebench.workload.PingPong;
import corebench.workload.Trait;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Ping-pong (see {@link PingPong}): one operation is {@code rounds} round trips between two parties,
 * two platform threads ({@code platform-pool}), two virtual threads ({@code virtual}) or this JVM and a
 * child JVM started once per trial ({@code process-pool}), through {@code mechanism}. The round-trip time
 * is the score divided by {@code rounds}. Every pong is checked against its ping, and the operation
 * against the count of round trips. {@code workers} must be 1: the one other party.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar PingPongBench.roundTrips -p model=process-pool -p mechanism=pipe,shared-memory -foe true
 * }</pre>
 */
public class PingPongBench extends ModelBench {

    /** {@code synchronous-queue}, {@code exchanger}, {@code park} between threads; {@code pipe}, {@code shared-memory} between JVMs. */
    @Param({"park"})
    public String mechanism;

    /** Round trips per operation. */
    @Param({"2000"})
    public int rounds;

    private PingPong.Mechanism how;
    private ThreadFactory threads;
    private PingPongPeer peer;

    @Override
    protected boolean usesTrialModel() {
        return false; // the two parties are the model here
    }

    @Setup(Level.Trial)
    public void startParties() throws IOException {
        how = PingPong.Mechanism.byId(mechanism);
        limitation(model, how).ifPresent(reason -> {
            throw new IllegalArgumentException("not run: " + reason);
        });
        if (workers != 1) {
            throw new IllegalArgumentException("not run: ping-pong has one other party, so workers is 1, not " + workers);
        }
        if (how.betweenJvms()) {
            peer = PingPongPeer.start(how);
        } else {
            threads = (Models.byId(model).has(Trait.VIRTUAL_THREADS) ? Thread.ofVirtual() : Thread.ofPlatform())
                    .name("corebench-pingpong-", 0).factory();
        }
    }

    /** Why a model cannot run a mechanism, if it cannot: thread mechanisms in one JVM, pipe and shared memory between two. */
    public static Optional<String> limitation(String model, PingPong.Mechanism mechanism) {
        return Fit.whyNot(Models.byId(model), PingPong.needs(mechanism))
                .map(reason -> reason.equals(PingPong.PARTIES) ? reason + ", not " + model : reason);
    }

    @Benchmark
    public long roundTrips(Work.RoundTrips work) throws InterruptedException {
        work.roundTripsPerOp = rounds;
        long made = peer != null ? peer.roundTrips(rounds) : PingPong.betweenThreads(how, threads, rounds);
        if (made != rounds) {
            throw new IllegalStateException(mechanism + " made " + made + " round trips, not " + rounds);
        }
        return made;
    }

    @TearDown(Level.Trial)
    public void stopParties() {
        if (peer != null) {
            peer.close();
        }
    }

    /** The benchmark the sweep runs. */
    public static final String BENCHMARK = "corebench.bench.PingPongBench.roundTrips";
    private static final List<String> THREADS = List.of("synchronous-queue", "exchanger", "park");
    private static final List<String> JVMS = List.of("pipe", "shared-memory");

    /**
     * Ping-pong in the sweep, at 1 and 2 CPUs only: both parties on one CPU, and each on its own (the cross-CPU
     * wake-up). By default, at 2 CPUs: platform threads through every thread mechanism, virtual threads through
     * park/unpark, two JVMs through every JVM mechanism; at 1 CPU the platform threads' park/unpark and the JVMs.
     * {@code --models} runs every mechanism of the picked models at both. The quick plan runs park/unpark and the JVM
     * mechanisms at the top of the two.
     */
    public static final Workload WORKLOAD = new Workload("pingpong", "ping-pong: round-trip time of one message between "
            + "two threads or two JVMs, per hand-off mechanism", PingPongBench::runs);

    private static List<RunStep.Run> runs(RunStep step) {
        int top = Math.min(2, step.maxCores());
        if (step.cores() == top) {
            for (String model : step.models()) {
                if (!Models.byId(model).has(Trait.TWO_PARTIES)) {
                    step.skip(model, limitation(model, PingPong.Mechanism.PARK).orElseThrow());
                }
            }
            for (String virtual : step.userPicked() ? List.<String>of() : RunStep.where(RunStep.where(step.models(),
                    Trait.TWO_PARTIES, true), Trait.VIRTUAL_THREADS, true)) {
                step.skip(virtual, (step.quick() ? "not in the quick plan" : "only park/unpark at the top step is in the"
                        + " default plan") + ", to keep it within its time budget; run every mechanism with"
                        + " --workloads pingpong --models " + virtual);
            }
        }
        if (step.cores() > 2 || step.quick() && step.cores() != top) {
            return List.of();
        }
        return RunStep.sharing(step.models(), model -> mechanisms(model, step, top), (mechanisms, models) -> step.run(
                String.join("-", mechanisms), BENCHMARK).models(models).with("workers", List.of("1"))
                .with("mechanism", mechanisms));
    }

    /** The mechanisms a model runs at this step. */
    private static List<String> mechanisms(String model, RunStep step, int top) {
        if (!Models.byId(model).has(Trait.TWO_PARTIES)) {
            return List.of();
        }
        ModelType type = Models.byId(model);
        boolean jvms = type.has(Trait.JVM_PER_WORKER);
        if (step.userPicked() && !step.quick() || jvms) {
            return jvms ? JVMS : THREADS;
        }
        boolean platform = !type.has(Trait.VIRTUAL_THREADS);
        if (step.quick() || step.cores() != top) {
            return platform ? List.of("park") : List.of();
        }
        return platform ? THREADS : List.of("park");
    }
}
