package corebench.bench;

import corebench.workload.Contention;
import corebench.workload.ContentionStrategy;
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
}
