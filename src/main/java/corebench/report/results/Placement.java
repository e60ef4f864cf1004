package corebench.report.results;

/** How a run's workers relate to its cores. */
public enum Placement {
    /** workers = cores: a point of the scaling curve. */
    SCALING,
    /** workers &gt; cores: more workers than CPUs, to show how a model degrades. */
    OVERSUBSCRIBED,
    /** workers &lt; cores: idle CPUs; tabulated but not part of any curve. */
    UNDERSUBSCRIBED
}
