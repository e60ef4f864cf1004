package corebench.cluster;

import corebench.workload.Contention;
import corebench.workload.ContentionStrategy;
import corebench.workload.Fault;
import corebench.workload.Kernel;

/**
 * What a cluster member runs for a peer: corebench's kernels that need nothing of the member's machine but
 * its CPUs, with bounded arguments, and nothing else. A member may be reached by anyone who knows the cluster's
 * name, so it refuses the grid kernels and the mapped total (they would open shared-memory files of other
 * local runs), fault injection other than a thrown exception, and sizes beyond what a sweep uses (a {@code tasks} that allocates gigabytes,
 * an operation of hours).
 */
final class MemberKernels {
    /** Samples of one Monte Carlo or blocking task: a sweep's largest is 2^24 per task, this is ~2 minutes of work. */
    static final long MAX_SAMPLES = 1L << 36;

    private MemberKernels() {
    }

    /**
     * The kernel of {@code wireId} if a member serves it with these arguments.
     *
     * @throws IllegalArgumentException saying what is refused
     */
    static Kernel served(long wireId, long[] args) {
        Kernel k = wireId == (int) wireId ? Kernel.byWireId((int) wireId) : null;
        if (k == null) {
            throw new IllegalArgumentException("unknown kernel wire id " + wireId + ": is the member running another corebench build?");
        }
        boolean ok = switch (k) {
            case MONTE_CARLO_SCALAR, MONTE_CARLO_SIMD, BLOCKING -> args.length == 3 && args[2] >= 0 && args[2] <= MAX_SAMPLES;
            case ECHO -> args.length == 1;
            // the partials only: the mapped total is a file of this machine's memory
            case CONTENTION -> args.length == 6 && args[0] == ContentionStrategy.PARTIALS.wireId()
                    && args[2] >= 1 && args[2] <= Contention.MAX_TASKS;
            // a task that only throws, for the model's failure handling; no other fault reaches a member
            case FAULT -> args.length == 2 && args[0] == Fault.THROW;
            default -> false;
        };
        if (!ok) {
            throw new IllegalArgumentException("a cluster member does not run kernel " + k.id() + " with "
                    + args.length + " argument(s) out of its bounds: it serves the CPU-only kernels with bounded sizes");
        }
        return k;
    }
}
