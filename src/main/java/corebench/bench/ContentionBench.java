package corebench.bench;

import corebench.model.ModelKind;
import corebench.model.Models;
import corebench.workload.Contention;
import corebench.workload.ContentionStrategy;
import corebench.workload.Trait;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Contention (see {@link Contention}): one operation has {@code workers} tasks add 1..{@code adds} to one
 * total through a strategy, and checks the total exactly. The process models run only the strategies
 * that cross processes ({@link Contention#needs}); other combinations are refused at set-up, and the
 * sweep does not schedule them but records why.
 *
 * <p>By hand (a JDK 21+ {@code java}; {@code -foe true} so that a failed check fails the run):
 * <pre>{@code
 * java -jar target/benchmarks.jar ContentionBench.add -p model=platform-pool -p workers=2 -p strategy=adder,partials -foe true
 * }</pre>
 */
public class ContentionBench extends ModelBench {

    /** How the workers share the total (see {@link ContentionStrategy}). */
    @Param({"synchronized", "lock", "atomic", "adder", "partials", "mapped-atomic"})
    public String strategy;

    /** Values added per operation, split evenly between the workers. */
    @Param({"4194304"})
    public long adds;

    private Contention contention;

    @Setup(Level.Trial)
    public void openTotal() {
        ContentionStrategy shared = ContentionStrategy.byId(strategy);
        refuseUnless(Contention.needs(shared));
        contention = Contention.open(shared, workers, adds);
    }

    @Benchmark
    public long add(Work.Adds work) {
        work.addsPerOp = adds;
        return contention.run(concurrency);
    }

    @TearDown(Level.Trial)
    public void closeTotal() {
        if (contention != null) {
            contention.close();
        }
    }

    /** The benchmark the sweep runs. */
    public static final String BENCHMARK = "corebench.bench.ContentionBench.add";
    private static final List<String> SHORT_LIST = ModelKind.ids(ModelKind.PLATFORM_POOL, ModelKind.PROCESS_POOL);

    /**
     * Contention in the sweep, at every core count with workers = cores: the strategies' serial fraction shows as
     * speedup that stops (or reverses) with cores. Each model runs every strategy whose {@linkplain Contention#needs
     * needs} it meets; the others are recorded with the reason. By default platform-pool stands for the in-JVM models
     * and process-pool for the process models; the quick plan runs them at the top core count only.
     */
    public static final Workload WORKLOAD = new Workload("contention", "contention: workers add to one total "
            + "(synchronized, lock, atomic, adder, mapped atomic) vs partial sums", ContentionBench::runs);

    private static List<RunStep.Run> runs(RunStep step) {
        if (step.quick() && !step.top()) {
            return List.of();
        }
        // sequential has no workers to contend: it runs at one core only, as the uncontended baseline
        List<String> models = step.pick(SHORT_LIST).stream()
                .filter(m -> step.cores() == 1 || !Models.byId(m).has(Trait.SERIAL)).toList();
        return step.sharingFit(models, model -> ContentionStrategy.ids(), id -> Contention.needs(ContentionStrategy.byId(id)),
                "strategy", (strategies, sharing) -> step.run(strategies.size() == ContentionStrategy.values().length ? "all"
                        : String.join("-", strategies), BENCHMARK).models(sharing)
                        .with("workers", step.workers()).with("strategy", strategies));
    }
}
