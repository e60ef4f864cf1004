package corebench.report.render;

import corebench.report.results.Machine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The machine in words: a chart subtitle and the lines of the report's machine table. */
public final class Descriptions {

    private Descriptions() {
    }

    /** CPU model, cores, JVM and date in one line. */
    public static String subtitle(Machine m) {
        if (!m.known()) {
            return "machine unknown (no machine.json)";
        }
        List<String> parts = new ArrayList<>();
        parts.add(orUnknown(m.cpuModel(), "CPU unknown"));
        parts.add(cores(m));
        parts.add(orUnknown(m.jvm(), "JVM unknown"));
        m.date().ifPresent(d -> parts.add("run " + d));
        if (m.cluster() != null) {
            parts.add("cluster model on cluster " + m.cluster());
        }
        return String.join(" · ", parts);
    }

    /** Label and value per line, for the report's machine table; absent fields are left out. */
    public static Map<String, String> table(Machine m) {
        Map<String, String> t = new LinkedHashMap<>();
        put(t, "machine id", m.machineId());
        put(t, "CPU", m.cpuModel());
        if (m.known()) {
            put(t, "cores", cores(m));
        }
        if (m.known()) {
            put(t, "frequency", frequency(m));
        }
        if (!m.caches().isEmpty()) {
            put(t, "caches", String.join(", ", m.caches()));
        }
        if (m.memoryBytes() > 0) {
            put(t, "memory", String.format(Locale.ROOT, "%.1f GiB", m.memoryBytes() / (double) (1L << 30)));
        }
        put(t, "operating system", m.os());
        put(t, "JVM", m.jvm());
        put(t, "corebench", m.corebenchRevision());
        put(t, "CPU restriction", m.cpuRestriction());
        put(t, "sweep settings", m.sweepSettings());
        put(t, "command", m.command());
        if (m.cluster() != null) {
            put(t, "cluster (the cluster model's members)", m.cluster() + ": " + String.join("; ", m.clusterMembers()));
        }
        put(t, "started (UTC)", m.startedUtc());
        put(t, "finished (UTC)", m.finishedUtc());
        if (m.complete() != null) {
            put(t, "complete", m.complete() ? "yes" : "no: the sweep stopped early, results are partial");
        }
        return t;
    }

    /** Base and maximum frequency as far as known; VMs often report neither. */
    public static String frequency(Machine m) {
        List<String> parts = new ArrayList<>();
        if (m.baseFrequencyHz() > 0) {
            parts.add(String.format(Locale.ROOT, "%.2f GHz base", m.baseFrequencyHz() / 1e9));
        }
        if (m.maxFrequencyHz() > 0) {
            parts.add(String.format(Locale.ROOT, "%.2f GHz max", m.maxFrequencyHz() / 1e9));
        }
        return parts.isEmpty() ? "frequency unknown (not reported, as is common on virtual machines)"
                : String.join(", ", parts);
    }

    /** {@code 2 logical CPUs (2 physical, 1 socket)}, and how many of them the sweep could use if fewer. */
    public static String cores(Machine m) {
        String detail = m.physicalCores() > 0 ? " (" + m.physicalCores() + " physical"
                + (m.sockets() > 0 ? ", " + m.sockets() + " socket" + (m.sockets() > 1 ? "s" : "") : "") + ")" : "";
        String limited = m.usableCpus() > 0 && m.usableCpus() < m.logicalCores()
                ? ", the sweep could use " + m.usableCpus() + " (CPU affinity)" : "";
        return m.logicalCores() + " logical CPUs" + detail + limited;
    }

    private static void put(Map<String, String> t, String key, String value) {
        if (value != null) {
            t.put(key, value);
        }
    }

    private static String orUnknown(String value, String unknown) {
        return value == null ? unknown : value;
    }
}
