package corebench.report.analysis;

import corebench.report.results.Measurement;
import java.util.List;

/**
 * How much work one benchmark operation does, so that throughput has a unit a person can read
 * (Monte Carlo: samples/s): one of the units the measurements carry ({@link Measurement#work()}), or
 * operations when they carry none.
 *
 * @param unit the unit of work, plural ({@code samples})
 */
public record WorkPerOperation(String unit) {

    /** The fallback: one operation is one unit of work. */
    public static final WorkPerOperation OPERATIONS = new WorkPerOperation("operations");

    /** Bytes are a second unit where there is another (the grid counts cell updates and bytes): then not the throughput's. */
    static final String BYTES = "bytes";

    /**
     * The unit of a scenario's throughput: the one its measurements all carry, bytes only where they carry
     * nothing else; {@link #OPERATIONS} when they carry none.
     *
     * @throws IllegalArgumentException when the measurements disagree (some carry the unit, some do not)
     */
    public static WorkPerOperation of(List<Measurement> measurements) {
        if (measurements.stream().allMatch(m -> m.work().isEmpty())) {
            return OPERATIONS;
        }
        List<String> units = measurements.getFirst().work().keySet().stream().toList();
        String unit = units.stream().filter(u -> !u.equals(BYTES)).findFirst().orElse(units.isEmpty() ? null : BYTES);
        if (unit == null || measurements.stream().anyMatch(m -> !m.work().containsKey(unit))) {
            throw new IllegalArgumentException("not every result records the same work (" + unit + ")");
        }
        return new WorkPerOperation(unit);
    }

    /** The work of one operation of {@code m}. */
    public double amount(Measurement m) {
        return unit.equals(OPERATIONS.unit) ? 1 : m.work().get(unit);
    }

    /** The throughput unit, e.g. {@code samples/s}. */
    public String throughputUnit() {
        return unit + "/s";
    }
}
