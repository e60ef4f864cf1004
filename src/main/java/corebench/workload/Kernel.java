package corebench.workload;

import java.util.function.ToLongFunction;

/**
 * Every kernel corebench can run, by a stable wire id.
 *
 * <p>A kernel is a pure function of its {@code long} arguments returning one {@code long}. Child JVMs
 * receive the id and the arguments over their pipe and look the kernel up here, so adding a workload's
 * kernel is one constant. Ids are explicit (not ordinals) so that reordering constants never changes
 * what a child runs.
 */
public enum Kernel {
    /** Monte Carlo hits, scalar: args (rootSeed, chunkIndex, samples). */
    MONTE_CARLO_SCALAR(1, "montecarlo-scalar", MonteCarlo::scalarHits),
    /** Monte Carlo hits, Vector API lanes walking the scalar kernel's lane streams: same args, same answer. */
    MONTE_CARLO_SIMD(2, "montecarlo-simd", MonteCarloSimd::hits),
    /** Returns its single argument: the cheapest possible task, for hand-off costs. */
    ECHO(3, "echo", args -> args[0]),
    /** Adds a range of values to a shared total: args (strategy, totalKey, tasks, task, first, count); see {@link Contention}. */
    CONTENTION(30, "contention", Contention::add),
    /** Sleeps 1–10 ms, then counts Monte Carlo hits: args (rootSeed, taskIndex, samples); see {@link Blocking}. */
    BLOCKING(31, "blocking", Blocking::sleepThenHits),
    /** One Jacobi sweep of a shared-grid band: args (gridKey, sourcePlane, rowFrom, rowTo). */
    GRID_JACOBI(40, "grid-jacobi", Jacobi::sweep),
    /** In-place updates of a shared-grid band: args (gridKey, rowFrom, rowTo, updates). */
    GRID_INPLACE(41, "grid-inplace", InPlace::update),
    /** Fault injection for the process models' tests: args (mode, value), see {@link Fault}. Id kept apart from the workloads'. */
    FAULT(99, "fault", Fault::inject);

    private final int wireId;
    private final String id;
    private final ToLongFunction<long[]> body;

    Kernel(int wireId, String id, ToLongFunction<long[]> body) {
        this.wireId = wireId;
        this.id = id;
        this.body = body;
    }

    /** The number that identifies this kernel on the wire to child JVMs. */
    public int wireId() {
        return wireId;
    }

    /** The human-readable name. */
    public String id() {
        return id;
    }

    /** Runs the kernel in the calling thread. */
    public long run(long[] args) {
        return body.applyAsLong(args);
    }

    /** The kernel with this wire id, or {@code null} if there is none (an unknown id from a peer). */
    public static Kernel byWireId(int wireId) {
        for (Kernel k : values()) {
            if (k.wireId == wireId) {
                return k;
            }
        }
        return null;
    }
}
