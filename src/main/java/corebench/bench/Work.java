package corebench.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The work one operation did, recorded in the result itself (docs/results-format.md), so that a reader
 * turns a score into a throughput without knowing today's benchmark code: a default or a constant that
 * changes later cannot change an old result's cells/s or GB/s.
 *
 * <p>Each unit is a JMH {@link AuxCounters} state of its own, so a result carries only the units its
 * benchmark counts, as secondary metrics named {@code <unit>PerOp} (JMH "events", unit {@code #}, like
 * {@link CpuTime}'s). A benchmark asks for the states it counts as arguments of its {@code @Benchmark}
 * method and sets the field to the work of that operation on every call (a field write; JMH zeroes it
 * before each iteration and reads it after), so each iteration's value in {@code rawData} is the work
 * of one operation. JMH sums events over iterations: the reader takes the per-iteration value, not the
 * score. A value that means nothing for a configuration is NaN (Jacobi's bytes are counted, in-place
 * updates have none).
 *
 * <p>To count a new unit, add a state here with one public {@code double <unit>PerOp} field and nothing
 * else public (JMH takes every public field and method of the class as a counter).
 */
public final class Work {
    /**
     * The version of what corebench's results mean, recorded in {@code machine.json} as
     * {@code formatVersion}: 1 (or absent) = the work per operation is not in the results and readers
     * compute it from the parameters; 2 = every benchmark that does countable work records it here.
     */
    public static final int FORMAT_VERSION = 2;

    private Work() {
    }

    /** Monte Carlo samples drawn by one operation. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Samples {
        /** Samples of the operation. */
        public double samplesPerOp;
    }

    /** Grid cells updated by one operation. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CellUpdates {
        /** Cell updates of the operation. */
        public double cellUpdatesPerOp;
    }

    /** Bytes of memory traffic of one operation, on STREAM's convention (see {@link GridBench}, {@link BandwidthBench}). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Bytes {
        /** Bytes moved by the operation; NaN where bytes mean nothing. */
        public double bytesPerOp;
    }

    /** Tasks run by one operation. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Tasks {
        /** Tasks of the operation. */
        public double tasksPerOp;
    }

    /** Additions to a shared total made by one operation. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Adds {
        /** Adds of the operation. */
        public double addsPerOp;
    }
}
