package corebench.worker;

import corebench.worker.JvmThreads.Counters;
import corebench.worker.JvmThreads.Kind;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final String PREFIX = "corebench-exits-";
    private static final Pattern FOLDER = Pattern.compile(Pattern.quote(PREFIX) + "([0-9]{1,18})");
    /** A worker's record, or one being written ({@link #write}). */
    private static final Pattern RECORD = Pattern.compile("[0-9]+(\\.partial)?");
    private static final int REMOVE_ATTEMPTS = 1000;

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
        return Path.of(System.getProperty("java.io.tmpdir"), PREFIX + parentPid);
    }

    /**
     * Creates this JVM's folder, so that its workers record their exits, and removes it with what is left in it
     * when this JVM ends ({@link #remove}); first removes the folders of JVMs that ended without doing so
     * ({@link #removeStale}). The folder, or null if it cannot be made.
     */
    public static synchronized Path open() {
        Path folder = folder(ProcessHandle.current().pid());
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return folder;
        }
        removeStale(folder.getParent());
        try {
            Files.createDirectory(folder);
        } catch (IOException e) {
            return null;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(folder), "corebench-exit-records"));
        return folder;
    }

    /**
     * Removes {@code folder}: its records, whole or partial, then itself, again each time a worker wrote one in
     * between (workers write into the folder only while it exists and never make it, so once it is gone it stays
     * gone). Leaves a folder holding anything else, and gives up after {@value #REMOVE_ATTEMPTS} attempts.
     */
    static void remove(Path folder) {
        for (int attempt = 0; attempt < REMOVE_ATTEMPTS; attempt++) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path record : files.filter(f -> RECORD.matcher(f.getFileName().toString()).matches()).toList()) {
                    Files.deleteIfExists(record);
                }
                Files.delete(folder);
                return;
            } catch (DirectoryNotEmptyException e) {
                // a worker wrote since the listing: again
            } catch (IOException | RuntimeException e) {
                return; // gone already, or not ours to empty
            }
        }
    }

    /** Removes the folders in {@code tmpdir} of JVMs no longer running (killed, or halted before their hook ran). */
    static void removeStale(Path tmpdir) {
        try (Stream<Path> folders = Files.list(tmpdir)) {
            for (Path folder : folders.toList()) {
                Matcher m = FOLDER.matcher(folder.getFileName().toString());
                if (m.matches() && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        && ProcessHandle.of(Long.parseLong(m.group(1))).filter(ProcessHandle::isAlive).isEmpty()) {
                    remove(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable temp dir: nothing to clean there
        }
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
