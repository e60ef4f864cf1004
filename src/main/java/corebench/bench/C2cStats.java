package corebench.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The sampled loads that hit a cache line modified in another core's cache, from {@code perf c2c report --stats}'s
 * "Trace Event Information" table ({@code "  Load Local HITM   :   3402"}; perf 4.10 to 6.x, tools/perf/builtin-c2c.c).
 * perf samples memory accesses: these are counts of sampled loads, comparable between the strategies of one run
 * and per operation, not every load the hardware made. A line perf did not print is absent (Arm prints no HITM
 * lines, older perf no peer lines), and with no sampled load at all nothing was measured: nothing, never zero.
 *
 * @param lines the table's integer lines, by their name ({@code "Load Local HITM"} → 3402), first table only
 */
record C2cStats(Map<String, Long> lines) {
    static final String LOADS = "Load Operations";
    static final String LOCAL_HITM = "Load Local HITM";
    static final String REMOTE_HITM = "Load Remote HITM";
    static final String LOCAL_PEER = "Load HIT Local Peer";
    static final String REMOTE_PEER = "Load HIT Remote Peer";

    /** Sampled loads that hit a line modified in another core's cache (local and remote HITM), per operation. */
    static final String HITM = "c2cHitm";
    /** Of {@link #HITM}, those on this NUMA node. */
    static final String LOCAL = "c2cLocalHitm";
    /** Of {@link #HITM}, those on another NUMA node. */
    static final String REMOTE = "c2cRemoteHitm";
    /** Sampled loads served by a peer core's cache (local and remote peer: what AMD and Arm report instead of HITM). */
    static final String PEER = "c2cPeerHits";
    /** {@link #HITM} as a share of the sampled loads, in per cent. */
    static final String HITM_SHARE = "c2cHitmShare";

    private static final Pattern LINE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9 ()/-]*?)\\s*:\\s*(\\d+)\\s*$");

    C2cStats {
        lines = Map.copyOf(lines);
    }

    /** Reads perf's output (anything else, an error or an empty text, gives no lines). */
    static C2cStats parse(String output) {
        Map<String, Long> lines = new HashMap<>();
        for (String line : output.split("\\R")) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                try {
                    lines.putIfAbsent(m.group(1), Long.parseLong(m.group(2)));
                } catch (NumberFormatException e) {
                    // a count beyond a long is not one perf prints: leave the line out
                }
            }
        }
        return new C2cStats(lines);
    }

    /**
     * The metrics per operation over {@code ops} measured operations, as JMH secondary results averaged over the
     * forks (as JMH's {@code perfnorm} does); none where perf sampled no load or printed no such line.
     */
    List<ScalarResult> perOp(long ops) {
        List<ScalarResult> results = new ArrayList<>();
        Long loads = lines.get(LOADS);
        if (loads == null || loads <= 0) {
            return results;
        }
        Long hitm = sum(LOCAL_HITM, REMOTE_HITM);
        if (ops > 0) {
            add(results, HITM, hitm, ops);
            add(results, LOCAL, lines.get(LOCAL_HITM), ops);
            add(results, REMOTE, lines.get(REMOTE_HITM), ops);
            add(results, PEER, sum(LOCAL_PEER, REMOTE_PEER), ops);
        }
        if (hitm != null) {
            results.add(new ScalarResult(HITM_SHARE, 100.0 * hitm / loads, "%", AggregationPolicy.AVG));
        }
        return results;
    }

    /** Both lines added, or null unless perf printed both. */
    private Long sum(String a, String b) {
        return lines.containsKey(a) && lines.containsKey(b) ? lines.get(a) + lines.get(b) : null;
    }

    private static void add(List<ScalarResult> results, String name, Long count, long ops) {
        if (count != null) {
            results.add(new ScalarResult(name, (double) count / ops, "#/op", AggregationPolicy.AVG));
        }
    }
}
