package corebench.worker;

import corebench.worker.JvmThreads.Counters;
import corebench.worker.JvmThreads.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The last per-thread counters ({@link JvmThreads}) and pauses ({@link HotSpotPerfData#pauses}: safepoints, GC, JIT) of workers
 * that exit: a parent that reads {@code /proc} and the perf data at the end of a measured window finds a child JVM
 * that exited inside it gone (process-per-task starts and ends a JVM per submission), so a worker writes its own,
 * right before it halts, to {@code <tmpdir>/corebench-exits-<parent pid>/<pid>} (one line per thread: tid, kind,
 * run ns, voluntary and involuntary switches, migrations; one line {@code pauses} and the {@link JvmPauses}) if its parent
 * created that folder ({@link #open}: the benchmark JVM does
 * while it measures), and the parent takes them ({@link #take}). A worker whose parent made no folder writes
 * nothing; a worker killed or halted on an error writes nothing either.
 */
public final class ExitRecords {
    /** The system property that tells a child JVM its parent's folder. */
    public static final String PROPERTY = "corebench.exitRecords";

    private static final String PAUSES = "pauses";

    private ExitRecords() {
    }

    /**
     * What the workers that exited left: their threads keyed {@code "<pid>/<tid>"} as {@link JvmThreads#of} keys
     * them, and their pauses by pid.
     */
    public record Exits(Map<String, Counters> threads, Map<Long, JvmPauses> pauses) {
        public Exits {
            threads = Map.copyOf(threads);
            pauses = Map.copyOf(pauses);
        }
    }

    /** The JVM option that tells a child this JVM's folder (whether or not it exists). */
    static String option() {
        return "-D" + PROPERTY + "=" + folder(ProcessHandle.current().pid());
    }

    private static Path folder(long parentPid) {
        return Path.of(System.getProperty("java.io.tmpdir"), "corebench-exits-" + parentPid);
    }

    /**
     * Creates this JVM's folder, so that its workers record their exits, and removes it with what is left in it
     * when this JVM ends; the folder, or null if it cannot be made.
     */
    public static synchronized Path open() {
        Path folder = folder(ProcessHandle.current().pid());
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return folder;
        }
        try {
            Files.createDirectory(folder);
        } catch (IOException e) {
            return null;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            take(folder);
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                // a worker wrote after the last take: the folder stays in the temp dir
            }
        }, "corebench-exit-records"));
        return folder;
    }

    /** In a worker: writes its threads' counters to its parent's folder, if the parent made one. Never fails. */
    static void write() {
        String parentFolder = System.getProperty(PROPERTY);
        if (parentFolder == null || !Files.isDirectory(Path.of(parentFolder), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        long pid = ProcessHandle.current().pid();
        List<String> lines = new ArrayList<>();
        JvmThreads.of(pid).forEach((id, c) -> lines.add(id.substring(id.indexOf('/') + 1) + " " + c.kind() + " "
                + c.runNanos() + " " + c.voluntary() + " " + c.involuntary() + " " + c.migrations()));
        JvmPauses pauses = HotSpotPerfData.pauses(pid);
        if (pauses != null) {
            lines.add(PAUSES + " " + pauses.line());
        }
        try {
            Path record = Path.of(parentFolder, Long.toString(pid));
            Path partial = Path.of(parentFolder, pid + ".partial");
            Files.write(partial, lines);
            Files.move(partial, record, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // the parent removed its folder: it no longer measures
        }
    }

    /** In the parent: what every worker that recorded its exit since the last take left; each record read is deleted. */
    public static Exits take(Path folder) {
        Map<String, Counters> threads = new HashMap<>();
        Map<Long, JvmPauses> pauses = new HashMap<>();
        if (folder == null) {
            return new Exits(threads, pauses);
        }
        try (Stream<Path> records = Files.list(folder)) {
            for (Path record : records.filter(r -> r.getFileName().toString().matches("[0-9]+")).toList()) {
                String pid = record.getFileName().toString();
                for (String line : Files.readAllLines(record)) {
                    String[] f = line.split(" ");
                    if (f[0].equals(PAUSES)) {
                        pauses.put(Long.parseLong(pid), JvmPauses.parse(f, 1));
                        continue;
                    }
                    threads.put(pid + "/" + f[0], new Counters(Kind.valueOf(f[1]), Long.parseLong(f[2]),
                            Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5])));
                }
                Files.delete(record);
            }
        } catch (IOException | RuntimeException e) {
            // a record being renamed into place or unreadable: left for the next take, or lost
        }
        return new Exits(threads, pauses);
    }
}
