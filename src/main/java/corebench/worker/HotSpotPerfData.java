package corebench.worker;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The scalar long counters a HotSpot JVM publishes in its performance-data file, {@code
 * /tmp/hsperfdata_<user>/<pid>} (what {@code jstat} and {@code jcmd PerfCounter.print} read; on by default,
 * off with {@code -XX:-UsePerfData} or {@code -XX:+PerfDisableSharedMem}), for any JVM of this user, the
 * child JVMs included: reading a file costs the measured JVM nothing. The file's layout is HotSpot's
 * {@code PerfDataPrologue} (magic {@code 0xcafec0c0} big-endian, byte order, entry offset and count at
 * bytes 24 and 28) followed by {@code PerfDataEntry}s (length, name offset, vector length, type at 12,
 * data offset at 16). A JVM without the file, or a file that does not parse, reads as {@link #ABSENT}.
 *
 * @param longs counter name → value, only the names asked for that the JVM has
 */
public record HotSpotPerfData(Map<String, Long> longs) {
    public static final HotSpotPerfData ABSENT = new HotSpotPerfData(Map.of());
    private static final int MAGIC = 0xcafec0c0;
    /** HotSpot's default file is 32 KiB ({@code -XX:PerfDataMemorySize}); anything far larger is not one. */
    private static final int MAX_BYTES = 1 << 20;
    private static final String SYNC = "sun.rt.safepointSyncTime";
    private static final String AT = "sun.rt.safepointTime";
    private static final String SAFEPOINTS = "sun.rt.safepoints";
    private static final String FREQUENCY = "sun.os.hrt.frequency";
    private static final String JIT = "java.ci.totalTime";
    /** Collectors a HotSpot JVM numbers (young, old or full, G1's concurrent-cycle pauses; ZGC's minor and major). */
    private static final int COLLECTORS = 4;
    private static final Set<String> PAUSE_COUNTERS = pauseCounters();
    private static final Path DIR = Path.of("/tmp", "hsperfdata_" + System.getProperty("user.name"));

    public HotSpotPerfData {
        longs = Map.copyOf(longs);
    }

    /**
     * The pauses and compile time of the JVM {@code pid} so far ({@link JvmPauses}: counters in ticks of
     * {@code sun.os.hrt.frequency}, read as {@code jstat} reads them); null where it has no perf data.
     */
    public static JvmPauses pauses(long pid) {
        HotSpotPerfData data = read(pid, PAUSE_COUNTERS);
        long frequency = data.get(FREQUENCY);
        if (frequency <= 0) {
            return null;
        }
        double msPerTick = 1e3 / frequency;
        double gcTicks = 0;
        double gcCount = 0;
        boolean collectors = false;
        for (int n = 0; n < COLLECTORS; n++) {
            long time = data.get("sun.gc.collector." + n + ".time");
            long invocations = data.get("sun.gc.collector." + n + ".invocations");
            if (time >= 0 && invocations >= 0) {
                gcTicks += time;
                gcCount += invocations;
                collectors = true;
            }
        }
        boolean safepoints = data.get(SYNC) >= 0 && data.get(AT) >= 0 && data.get(SAFEPOINTS) >= 0;
        return new JvmPauses(safepoints ? (data.get(SYNC) + data.get(AT)) * msPerTick : Double.NaN,
                safepoints ? data.get(SAFEPOINTS) : Double.NaN,
                collectors ? gcTicks * msPerTick : Double.NaN, collectors ? gcCount : Double.NaN,
                data.get(JIT) >= 0 ? data.get(JIT) * msPerTick : Double.NaN);
    }

    private static Set<String> pauseCounters() {
        Set<String> names = new HashSet<>(Set.of(SYNC, AT, SAFEPOINTS, FREQUENCY, JIT));
        for (int n = 0; n < COLLECTORS; n++) {
            names.add("sun.gc.collector." + n + ".time");
            names.add("sun.gc.collector." + n + ".invocations");
        }
        return Set.copyOf(names);
    }

    /** The value of {@code name}, or -1 if the JVM did not publish it. */
    public long get(String name) {
        return longs.getOrDefault(name, -1L);
    }

    /** The counters {@code names} of the JVM with process id {@code pid}, now. */
    public static HotSpotPerfData read(long pid, Set<String> names) {
        try (SeekableByteChannel in = Files.newByteChannel(DIR.resolve(Long.toString(pid)),
                Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            long size = in.size();
            if (size > MAX_BYTES) {
                return ABSENT;
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                // read on
            }
            return parse(buffer.flip(), names);
        } catch (IOException | RuntimeException e) {
            return ABSENT; // not a JVM, no perf data, or it exited while being read
        }
    }

    /** The counters {@code names} found in the bytes of a performance-data file. */
    public static HotSpotPerfData parse(ByteBuffer file, Set<String> names) {
        if (file.limit() < 32 || file.order(ByteOrder.BIG_ENDIAN).getInt(0) != MAGIC) {
            return ABSENT;
        }
        ByteBuffer b = file.order(file.get(4) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int entry = b.getInt(24);
        int entries = b.getInt(28);
        Map<String, Long> found = new HashMap<>();
        for (int i = 0; i < entries && entry > 0 && entry + 20 <= b.limit(); i++) {
            int length = b.getInt(entry);
            if (length <= 0) {
                break;
            }
            boolean scalarLong = b.get(entry + 12) == 'J' && b.getInt(entry + 8) == 0;
            if (scalarLong) {
                String name = name(b, entry + b.getInt(entry + 4));
                int data = entry + b.getInt(entry + 16);
                if (names.contains(name) && data + 8 <= b.limit()) {
                    found.put(name, b.getLong(data));
                }
            }
            entry += length;
        }
        return new HotSpotPerfData(found);
    }

    /** The NUL-terminated ASCII name at {@code at}. */
    private static String name(ByteBuffer b, int at) {
        int end = at;
        while (end < b.limit() && b.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - at];
        b.get(at, bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
