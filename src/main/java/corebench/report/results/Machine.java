package corebench.report.results;

import com.fasterxml.jackson.databind.JsonNode;
import corebench.format.HardwareEvents;
import corebench.format.MachineParts.Cache;
import corebench.format.MachineParts.Cpu;
import corebench.format.MachineParts.Jvm;
import corebench.format.MachineParts.Memory;
import corebench.format.MachineParts.Os;
import corebench.format.RoundsDone;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run ran on, from its {@code machine.json}: the parts the report shows and uses. Fields that
 * the file does not have are {@code null} (or 0 for counts): an older or hand-written file still reads.
 *
 * @param machineId   the results folder's machine id, e.g. {@code amd-epyc-2cpu}
 * @param cpuModel    the CPU's marketing name
 * @param logicalCores the logical CPUs the operating system offers (places {@code cores=0} results)
 * @param baseFrequencyHz the CPU's base (vendor) frequency; 0 or less: unknown (common on virtual machines)
 * @param maxFrequencyHz the CPU's highest frequency; 0 or less: unknown
 * @param jvm         the JVM's vendor and version
 * @param caches      one line per cache level, e.g. {@code L2 unified 1 MiB}
 * @param lastLevelCacheBytes the largest data or unified cache (per socket, as OSHI reports it); 0: unknown
 * @param cpuRestriction how the sweep restricted CPUs per step, or why it could not
 * @param restrictionAvailable whether the sweep could confine steps to their CPUs ({@code null}: not recorded)
 * @param usableCpus  the CPUs the sweep could use (its CPU affinity; 0: not recorded), fewer than
 *                    {@code logicalCores} when the sweep itself ran under {@code taskset}
 * @param sweepSettings the plan's name and JMH settings in words, and the rounds of a sweep of rounds
 *                    ({@code null}: not recorded)
 * @param complete    whether the sweep finished ({@code null}: not recorded)
 * @param cluster     the real cluster the {@code cluster} model ran on, in words ({@code null}: none, its
 *                    members were started on this machine's loopback)
 * @param clusterMembers each member of that cluster in words, e.g. {@code 10.0.0.5:5701 AMD EPYC, 8 threads}
 * @param formatVersion what the results beside it record (docs/results-format.md): 2 and later carry the work
 *                    of an operation; 1 (a machine.json without the field) does not; 0: no machine.json
 * @param topology    what each core-count step occupied (SMT siblings, sockets); no steps if not recorded
 * @param hardwareEvents whether the forks counted hardware events, its reason made visible ({@code null}: not probed)
 */
public record Machine(
        String machineId,
        String cpuModel,
        int sockets,
        int physicalCores,
        int logicalCores,
        long baseFrequencyHz,
        long maxFrequencyHz,
        List<String> caches,
        long lastLevelCacheBytes,
        long memoryBytes,
        String os,
        String jvm,
        String corebenchRevision,
        String cpuRestriction,
        Boolean restrictionAvailable,
        int usableCpus,
        String sweepSettings,
        String command,
        String startedUtc,
        String finishedUtc,
        Boolean complete,
        String cluster,
        List<String> clusterMembers,
        int formatVersion,
        StepTopology topology,
        HardwareEvents hardwareEvents) {

    /** How {@link #corebenchRevision} marks a build whose git revision was not known (not run from a checkout). */
    public static final String UNKNOWN_REVISION = "(revision unknown)";

    private static final Cpu NO_CPU = new Cpu(null, null, null, null, 0, 0, 0, 0, 0, List.of());
    private static final Os NO_OS = new Os(null, null, null, null, null);
    private static final Jvm NO_JVM = new Jvm(null, null, null, null, null);

    public Machine {
        caches = List.copyOf(caches);
        clusterMembers = List.copyOf(clusterMembers);
    }

    /** A machine with no description: the results folder had no usable {@code machine.json}. */
    public static Machine unknown() {
        return new Machine(null, null, 0, 0, 0, 0, 0, List.of(), 0, 0, null, null, null, null, null, 0, null, null, null,
                null, null, null, List.of(), 0, StepTopology.none(), null);
    }

    /** Whether a {@code machine.json} described this machine. */
    public boolean known() {
        return logicalCores > 0;
    }

    /** Reads the fields the report needs from a parsed {@code machine.json}. */
    static Machine of(JsonNode root) {
        Cpu cpu = JsonFiles.as(root.path("cpu"), Cpu.class).orElse(NO_CPU);
        Os os = JsonFiles.as(root.path("os"), Os.class).orElse(NO_OS);
        Jvm jvm = JsonFiles.as(root.path("jvm"), Jvm.class).orElse(NO_JVM);
        List<Cache> caches = cpu.caches() == null ? List.of() : cpu.caches().stream().filter(Objects::nonNull).toList();
        JsonNode corebench = root.path("corebench");
        JsonNode restriction = root.path("cpuRestriction");
        return new Machine(
                text(root, "machineId"),
                visible(cpu.model()),
                cpu.sockets(),
                cpu.physicalCores(),
                cpu.logicalCores(),
                cpu.vendorFrequencyHz(),
                cpu.maxFrequencyHz(),
                caches(caches),
                lastLevelCache(caches),
                JsonFiles.as(root.path("memory"), Memory.class).map(Memory::totalBytes).orElse(0L),
                join(visible(os.family()), visible(os.version()), kernel(visible(os.kernel())), visible(os.arch())),
                join(visible(jvm.vendor()), visible(jvm.version())),
                revision(corebench),
                restriction(restriction),
                restriction.path("available").isBoolean() ? restriction.path("available").asBoolean() : null,
                restriction.path("cpuOrder").isArray() ? restriction.path("cpuOrder").size() : 0,
                sweepSettings(root.path("plan"), root.path("rounds")),
                text(root, "command"),
                text(root, "startedUtc"),
                text(root, "finishedUtc"),
                complete(root),
                cluster(root.path("cluster")),
                clusterMembers(root.path("cluster").path("memberDetails")),
                root.path("formatVersion").asInt(1),
                StepTopology.of(root),
                hardwareEvents(root.path("hardwareEvents")));
    }

    /**
     * The frequency that per-GHz figures divide by: the base (vendor) frequency, else the maximum, else
     * none (a virtual machine often reports neither).
     */
    public Optional<Frequency> frequency() {
        if (baseFrequencyHz > 0) {
            return Optional.of(new Frequency(baseFrequencyHz, "base"));
        }
        return maxFrequencyHz > 0 ? Optional.of(new Frequency(maxFrequencyHz, "max")) : Optional.empty();
    }

    /**
     * A CPU frequency and which one it is.
     *
     * @param hz   cycles per second, positive
     * @param kind {@code base} or {@code max}
     */
    public record Frequency(long hz, String kind) {

        /** In GHz. */
        public double ghz() {
            return hz / 1e9;
        }

        /** {@code 2.45 GHz (base)}. */
        public String describe() {
            return String.format(Locale.ROOT, "%.2f GHz (%s)", ghz(), kind);
        }
    }

    /** machine.json's {@code hardwareEvents} (and its {@code c2c}), their reasons escaped and cut ({@link Untrusted#shown}); null if absent. */
    private static HardwareEvents hardwareEvents(JsonNode events) {
        if (!events.path("available").isBoolean()) {
            return null;
        }
        JsonNode c2c = events.path("c2c");
        return new HardwareEvents(events.path("available").asBoolean(), shownText(events, "reason"),
                c2c.path("available").isBoolean() ? new HardwareEvents.CacheToCache(c2c.path("available").asBoolean(),
                        shownText(c2c, "reason")) : null);
    }

    private static String shownText(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Untrusted.shown(text);
    }

    /** {@code complete} as written by hand, else the sweep's {@code status}; {@code null} if neither is there. */
    static Boolean complete(JsonNode root) {
        if (root.path("complete").isBoolean()) {
            return root.path("complete").asBoolean();
        }
        String status = text(root, "status");
        return status == null ? null : status.equals("complete");
    }

    /**
     * {@code quick: 1 fork, warm-up 2 × 300 ms, measurement 3 × 300 ms} from the plan's JMH settings, then
     * {@code ; 5 rounds (at least 2 planned), 12.2 min} when machine.json records {@code rounds}.
     */
    private static String sweepSettings(JsonNode plan, JsonNode rounds) {
        String settings = jmhSettings(plan);
        if (!rounds.isObject()) {
            return settings;
        }
        String done = JsonFiles.as(rounds, RoundsDone.class).map(r -> r.completed()
                + (r.completed() == 1 ? " round" : " rounds") + " (at least " + r.minimum() + " planned)"
                + (rounds.path("seconds").isNumber() ? String.format(Locale.ROOT, ", %.1f min", r.seconds() / 60) : ""))
                .orElse("rounds unknown (machine.json's rounds record does not read)");
        return settings == null ? done : settings + "; " + done;
    }

    private static String jmhSettings(JsonNode plan) {
        JsonNode jmh = plan.path("jmh");
        if (!jmh.isObject()) {
            return null;
        }
        int forks = jmh.path("forks").asInt();
        String settings = forks + (forks == 1 ? " fork" : " forks") + ", warm-up " + jmh.path("warmupIterations").asInt()
                + " × " + jmh.path("warmupMillis").asInt() + " ms, measurement " + jmh.path("iterations").asInt()
                + " × " + jmh.path("iterationMillis").asInt() + " ms";
        String name = text(plan, "name");
        return name == null ? settings : name + ": " + settings;
    }

    /** {@code 'lab': 2 members, 16 executor threads}, or {@code null} for a run without a real cluster. */
    private static String cluster(JsonNode cluster) {
        if (!cluster.isObject()) {
            return null;
        }
        int members = cluster.path("members").asInt(0);
        return "'" + text(cluster, "name") + "': " + members + " member" + (members == 1 ? "" : "s") + ", "
                + cluster.path("executorThreads").asInt(0) + " executor threads";
    }

    private static List<String> clusterMembers(JsonNode details) {
        List<String> lines = new ArrayList<>();
        for (JsonNode m : details) {
            lines.add(join(text(m, "address"), text(m, "cpuModel"), "(" + m.path("logicalCores").asInt(0) + " logical CPUs,",
                    m.path("executorThreads").asInt(0) + " threads)", text(m, "jvm")));
        }
        return lines;
    }

    /** The run's date (UTC, from {@code startedUtc}), if recorded. */
    public Optional<String> date() {
        return startedUtc == null || startedUtc.length() < 10 ? Optional.empty() : Optional.of(startedUtc.substring(0, 10));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? visible(v.asText()) : null;
    }

    /** A text of the file as the report may show it; {@code null} for none or blank. */
    private static String visible(String text) {
        return text == null || text.isBlank() ? null : Untrusted.visible(text);
    }

    /** {@code taskset (note)} or {@code not available (note)}. */
    private static String restriction(JsonNode restriction) {
        if (restriction.isMissingNode()) {
            return null;
        }
        String how = restriction.path("available").asBoolean(false)
                ? Objects.requireNonNullElse(text(restriction, "method"), "available") : "not available";
        String note = text(restriction, "note");
        return note == null ? how : how + " (" + note + ")";
    }

    private static String kernel(String kernel) {
        return kernel == null ? null : "kernel " + kernel;
    }

    private static String revision(JsonNode corebench) {
        String version = text(corebench, "version");
        String revision = text(corebench, "revision");
        if ("unknown".equals(revision)) {
            revision = UNKNOWN_REVISION;
        } else if (revision != null && revision.length() > 12) {
            revision = revision.substring(0, 12);
        }
        String dirty = corebench.path("dirty").asBoolean(false) ? "(uncommitted changes)" : null;
        return join(version, revision, dirty);
    }

    private static List<String> caches(List<Cache> caches) {
        List<String> lines = new ArrayList<>();
        for (Cache c : caches) {
            long bytes = c.sizeBytes();
            String size = bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
            lines.add(join("L" + c.level(), lower(visible(c.type())), size));
        }
        return lines;
    }

    private static long lastLevelCache(List<Cache> caches) {
        return caches.stream().filter(c -> !"INSTRUCTION".equals(c.type())).mapToLong(Cache::sizeBytes).reduce(0, Math::max);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** The non-null parts joined by spaces, or {@code null} if there are none. */
    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                b.append(b.isEmpty() ? "" : " ").append(p);
            }
        }
        return b.isEmpty() ? null : b.toString();
    }
}
