package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the machine delivered to a result's forks: each counted fork's capacity in CPUs (the capacity probe's
 * {@code capacityBefore}/{@code capacityAfter}, the lesser, {@link DeliveredCapacity}) and the forks the sweep
 * measured but set aside ({@code "setAside"} beside {@code rawData}) because the machine did not deliver the
 * step's CPUs. Old results have neither: {@link #NONE}.
 *
 * @param forks    the counted forks (rawData rows)
 * @param counted  each counted fork's delivered capacity in CPUs ({@code NaN} when unknown), in rawData order;
 *                 empty without a capacity metric
 * @param setAside the forks set aside
 */
public record ForkCapacity(int forks, double[] counted, List<SetAside> setAside) {

    /** The most distinct reasons {@link #setAsideNote} names. */
    static final int REASONS_SHOWN = 3;
    private static final JsonNode NONE_SET_ASIDE = JsonNodeFactory.instance.arrayNode();

    /** A result without capacity records. */
    public static final ForkCapacity NONE = new ForkCapacity(0, new double[0], List.of());

    /**
     * One fork measured but not counted.
     *
     * @param round    its round, 0 when not recorded
     * @param capacity the CPUs it got ({@code NaN} when not recorded)
     * @param reason   why, as the sweep wrote it (made safe to show), or {@code null}
     */
    public record SetAside(int round, double capacity, String reason) {
    }

    public ForkCapacity {
        counted = counted.clone();
        setAside = List.copyOf(setAside);
    }

    /** Reads {@code result}'s capacity metrics (rows aligned with its {@code forks} rawData rows) and its {@code setAside}. */
    static ForkCapacity of(JsonNode result, int forks) {
        List<SetAside> setAside = new ArrayList<>();
        JsonNode forksSetAside = result.path("setAside");
        for (JsonNode fork : forksSetAside.isArray() ? forksSetAside : NONE_SET_ASIDE) {
            JsonNode capacity = fork.path("capacity");
            setAside.add(new SetAside(fork.path("round").asInt(0),
                    capacity.isNumber() ? capacity.asDouble() : Double.NaN,
                    fork.path("reason").isTextual() ? Untrusted.shown(fork.path("reason").asText()) : null));
        }
        return new ForkCapacity(forks, DeliveredCapacity.perFork(result.path("secondaryMetrics"), forks).orElse(new double[0]),
                setAside);
    }

    @Override
    public double[] counted() {
        return counted.clone();
    }

    /** Whether the sweep recorded anything about capacity for this result. */
    public boolean recorded() {
        return counted.length > 0 || !setAside.isEmpty();
    }

    /** The counted forks' capacities that are known. */
    public double[] known() {
        return Arrays.stream(counted).filter(Double::isFinite).toArray();
    }

    /**
     * {@code "2 forks set aside: the machine delivered 1.12 of 2 CPUs; the machine delivered 0.95 of 2 CPUs"}:
     * each distinct reason once (the sweep's words, else the capacity against {@code cores}), at most
     * {@link #REASONS_SHOWN} of them; empty when none.
     */
    public String setAsideNote(int cores) {
        if (setAside.isEmpty()) {
            return "";
        }
        Set<String> reasons = new LinkedHashSet<>();
        for (SetAside s : setAside) {
            String reason = s.reason() != null ? s.reason() : Double.isFinite(s.capacity())
                    ? String.format(Locale.ROOT, "the machine delivered %.3g of %d CPU%s", s.capacity(), cores, cores == 1 ? "" : "s")
                    : "no reason recorded";
            if (!reasons.contains(reason) && reasons.size() == REASONS_SHOWN) {
                reasons.add("…");
                break;
            }
            reasons.add(reason);
        }
        return setAside.size() + (setAside.size() == 1 ? " fork" : " forks") + " set aside: " + String.join("; ", reasons);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForkCapacity f && forks == f.forks && Arrays.equals(counted, f.counted) && setAside.equals(f.setAside);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * forks + Arrays.hashCode(counted)) + setAside.hashCode();
    }

    @Override
    public String toString() {
        return "ForkCapacity[forks=" + forks + ", counted=" + Arrays.toString(counted) + ", setAside=" + setAside + "]";
    }
}
