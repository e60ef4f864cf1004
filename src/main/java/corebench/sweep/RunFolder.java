package corebench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One sweep's folder, {@code <out>/<machine-id>/<UTC timestamp>/}: created fresh, every file written to a temporary
 * name and moved into place, so that a crash never leaves a half-written file.
 */
public final class RunFolder {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /** Creates a new, empty run folder; a second run in the same second gets a suffix. */
    public static RunFolder create(Path out, String machineId, Instant start) throws IOException {
        Path machineDir;
        try {
            machineDir = Files.createDirectories(out.resolve(machineId));
        } catch (FileSystemException e) {
            throw new IOException("cannot create the run folder under " + out + ": " + reason(e), e);
        }
        String stamp = STAMP.format(start);
        for (int n = 1; ; n++) {
            Path candidate = machineDir.resolve(n == 1 ? stamp : stamp + "-" + n);
            try {
                return new RunFolder(Files.createDirectory(candidate));
            } catch (FileAlreadyExistsException e) {
                // an earlier run owns it: never touch it, try the next name
            }
        }
    }

    /** Fails, naming {@code out} and why, unless a probe folder can be made in its nearest existing folder. */
    public static void checkCreatable(Path out) throws IOException {
        Path existing = out.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new IOException("cannot create the run folder under " + out + ": " + existing + " is not a folder");
        }
        try {
            Files.delete(Files.createTempDirectory(existing, ".corebench-probe-"));
        } catch (FileSystemException e) {
            throw new IOException("cannot create the run folder under " + out + ": " + reason(e), e);
        }
    }

    /** An existing run folder, for resuming; fails with a clear message if it is not one. */
    public static RunFolder existing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such run folder");
        }
        if (!Files.isRegularFile(dir.resolve("machine.json"))) {
            throw new IOException(dir + ": not a corebench run folder (no machine.json)");
        }
        return new RunFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path manifestFile() {
        return dir.resolve("machine.json");
    }

    public Path log() {
        return dir.resolve("run.log");
    }

    public Path jmhJson() {
        return dir.resolve("jmh.json");
    }

    /** One round's result of a run at a step: {@code steps/cores-2/<run>.json} in round 1, else {@code <run>.round-<r>.json}. */
    public Path roundResult(SweepPlan.Step step, JmhRun run, int round) {
        return dir.resolve("steps").resolve("cores-" + step.cores()).resolve(run.name() + (round == 1 ? "" : ".round-" + round) + ".json");
    }

    /** The complete round results of a run at a step, each a JMH array of its combinations, by round. */
    private Map<Integer, ArrayNode> rounds(SweepPlan.Step step, JmhRun run) {
        Map<Integer, ArrayNode> rounds = new TreeMap<>();
        for (int round = 1; round <= Rounds.MAX_ROUNDS; round++) {
            int r = round;
            StepFile.read(roundResult(step, run, round), run).ifPresent(results -> rounds.put(r, results));
        }
        return rounds;
    }

    /** Each combination's forks, in round order, by its position in the earliest round's file; none before round 1. */
    private List<List<RoundMerge.Fork>> forks(SweepPlan.Step step, JmhRun run) {
        Map<Integer, ArrayNode> rounds = rounds(step, run);
        return rounds.values().stream().findFirst().stream().flatMap(first -> first.valueStream()).map(reference -> {
            List<RoundMerge.Fork> forks = new ArrayList<>();
            rounds.forEach((round, results) -> results.valueStream().filter(r -> RoundMerge.sameBenchmark(reference, r))
                    .findFirst().ifPresent(r -> forks.add(new RoundMerge.Fork(round, r))));
            return forks;
        }).toList();
    }

    /** How many rounds a run at a step took part in (its complete round files). */
    int attempts(SweepPlan.Step step, JmhRun run) {
        return rounds(step, run).size();
    }

    /** How many counted (not set aside) forks the run's combination with the fewest has; 0 before its first round. */
    int countedForks(SweepPlan.Step step, JmhRun run) {
        return forks(step, run).stream().mapToInt(forks -> (int) forks.stream()
                .filter(f -> !f.result().path(RoundMerge.CHECK).path("reason").isTextual()).count()).min().orElse(0);
    }

    /** Why a file operation failed, in words ("permission denied"), without the path the caller names anyway. */
    static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getReason() != null ? e.getReason().toLowerCase(Locale.ROOT) : e.getClass().getSimpleName();
    }

    /** Reads machine.json. */
    public RunManifest readManifest() throws IOException {
        try {
            return JSON.readValue(manifestFile().toFile(), RunManifest.class);
        } catch (IOException e) {
            throw new IOException(manifestFile() + ": unreadable machine.json (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    /** Reads machine.json for {@code --resume}: a file without the fields a resume needs is refused, naming them. */
    public RunManifest readResumableManifest() throws IOException {
        RunManifest manifest = readManifest();
        List<String> missing = manifest.missingForResume();
        if (!missing.isEmpty()) {
            throw new IOException(manifestFile() + ": not a complete corebench machine.json, it lacks "
                    + String.join(", ", missing));
        }
        return manifest;
    }

    /** Writes machine.json atomically. */
    public void writeManifest(RunManifest manifest) throws IOException {
        writeAtomically(manifestFile(), JSON.writeValueAsBytes(manifest));
    }

    /**
     * Rebuilds jmh.json from every valid round result, each benchmark's rounds merged ({@link RoundMerge}), in plan
     * order; returns how many results it holds. A jmh.json holding more than the steps give (a committed run, a step
     * measured again) is left as it is; none is written while there is nothing to write.
     */
    public int mergeResults(SweepPlan plan) throws IOException {
        ArrayNode all = JSON.createArrayNode();
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                forks(step, run).forEach(forks -> all.add(RoundMerge.merge(forks)));
            }
        }
        int existing = existingResults();
        if (existing > all.size()) {
            return existing == Integer.MAX_VALUE ? all.size() : existing;
        }
        if (!all.isEmpty() || Files.exists(jmhJson())) {
            writeAtomically(jmhJson(), JSON.writeValueAsBytes(all));
        }
        return all.size();
    }

    /** How many results jmh.json holds now (0 if there is none); an unreadable one counts as unknown, so as many as can be. */
    int existingResults() {
        if (!Files.isRegularFile(jmhJson())) {
            return 0;
        }
        try {
            JsonNode node = JSON.readTree(jmhJson().toFile());
            return node != null && node.isArray() ? node.size() : 0;
        } catch (IOException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** How many benchmarks of the plan have a result of at least one round. */
    public int measured(SweepPlan plan) {
        int n = 0;
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                n += StepFile.read(roundResult(step, run, 1), run).map(ArrayNode::size).orElse(0);
            }
        }
        return n;
    }

    /** Fails, saying why, if {@code --resume} would measure again what jmh.json holds: there is no step file at all. */
    public void checkResumable() throws IOException {
        int existing = existingResults();
        if (existing == 0) {
            return;
        }
        boolean stepFiles;
        try (Stream<Path> files = Files.isDirectory(dir.resolve("steps"))
                ? Files.walk(dir.resolve("steps")) : Stream.empty()) {
            stepFiles = files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
        }
        if (!stepFiles) {
            throw new IOException("cannot resume " + dir + ": its jmh.json holds "
                    + (existing == Integer.MAX_VALUE ? "unreadable" : String.valueOf(existing)) + " results and it has no"
                    + " step files (a finished, committed or copied run keeps only jmh.json), so a resume would measure"
                    + " everything again; start a new sweep instead");
        }
    }

    /**
     * Writes to a temporary sibling, syncs it, moves it over the target and syncs the folder: after a crash the target
     * holds the old content or the new, never a partial file. The file gets the user's umask like every other.
     */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = Files.createDirectories(target.getParent());
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes a rename in {@code dir} durable; a no-op where a folder cannot be opened (not POSIX). */
    private static void syncFolder(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (UnsupportedOperationException | AccessDeniedException e) {
            // Windows cannot open a folder as a channel; its renames are journaled by NTFS
        }
    }
}
