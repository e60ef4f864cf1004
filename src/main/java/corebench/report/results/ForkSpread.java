package corebench.report.results;

/**
 * How far apart the forks of one result landed: the lowest and highest per-fork mean, in seconds per
 * operation. JMH's interval pools every iteration of every fork; a fork-to-fork spread wider than it says
 * the JVMs themselves differed (JIT decisions, memory layout), which more iterations in one fork never show.
 *
 * @param forks the number of forks (rows of {@code rawData})
 */
public record ForkSpread(int forks, double lowSecondsPerOp, double highSecondsPerOp) {

    /** Half the distance between the lowest and highest fork mean, relative to {@code secondsPerOp}. */
    public double relativeHalfRange(double secondsPerOp) {
        return (highSecondsPerOp - lowSecondsPerOp) / 2 / secondsPerOp;
    }
}
