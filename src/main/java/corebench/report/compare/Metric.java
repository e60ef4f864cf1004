package corebench.report.compare;

/**
 * The figures machines are compared by, each a throughput (work per second, the scenario's unit) or a
 * normalisation of one. Per-GHz figures divide by the machine's base frequency (else its maximum); a
 * machine whose frequency is unknown has none.
 */
public enum Metric {
    /** Throughput with 1 worker on 1 core: single-thread speed. */
    ONE_CORE("1 core", "one_core", ""),
    /** Throughput on the most cores the machine measured for the model (workers = cores). */
    ALL_CORES("all cores", "all_cores", ""),
    /** {@link #ALL_CORES} ÷ its cores: what each core delivers when all work. */
    PER_CORE("per core", "per_core", " per core"),
    /** {@link #ONE_CORE} ÷ GHz: single-thread work per clock. */
    ONE_CORE_PER_GHZ("1 core per GHz", "one_core_per_ghz", " per GHz"),
    /** {@link #PER_CORE} ÷ GHz: work per core per clock with all cores busy. */
    PER_CORE_PER_GHZ("per core per GHz", "per_core_per_ghz", " per core per GHz");

    private final String label;
    private final String column;
    private final String unitSuffix;

    Metric(String label, String column, String unitSuffix) {
        this.label = label;
        this.column = column;
        this.unitSuffix = unitSuffix;
    }

    /** For tables and titles, e.g. {@code all cores}. */
    public String label() {
        return label;
    }

    /** For CSV headers, e.g. {@code all_cores}. */
    public String column() {
        return column;
    }

    /** The figure's unit from the throughput unit, e.g. {@code samples/s per core}. */
    public String unit(String throughputUnit) {
        return throughputUnit + unitSuffix;
    }

    /** Whether the figure needs the machine's frequency. */
    public boolean perGhz() {
        return this == ONE_CORE_PER_GHZ || this == PER_CORE_PER_GHZ;
    }
}
