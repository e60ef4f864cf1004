package corebench.report.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reader's warning about results that are not claimed, grouped by reason. */
final class UnclaimedResults {

    /** Every warning of this kind contains it. */
    static final String MARK = "results are not claimed";

    private UnclaimedResults() {
    }

    /**
     * One line, e.g. {@code "120 of 202 results are not claimed (no interval, not ranked): one fork: ... (100);
     * 2 modes: ... (3)"}; none when every result is claimed. Reasons with figures are grouped by their first words.
     */
    static List<String> warnings(List<Measurement> measurements) {
        Map<String, Integer> byReason = new LinkedHashMap<>();
        measurements.stream().filter(m -> !m.claimed())
                .forEach(m -> byReason.merge(kind(m.claim().reason()), 1, Integer::sum));
        if (byReason.isEmpty()) {
            return List.of();
        }
        int total = byReason.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder line = new StringBuilder(total + " of " + measurements.size()
                + " " + MARK + " (no interval; marked, never ranked): ");
        line.append(String.join("; ", byReason.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
        return List.of(line.toString());
    }

    /** A reason without its figures: {@code "2 modes: 14.1 ms/op ..."} is {@code "2 modes"}. */
    private static String kind(String reason) {
        int colon = reason.indexOf(": ");
        return colon > 0 && Character.isDigit(reason.charAt(0)) ? reason.substring(0, colon) : reason;
    }
}
