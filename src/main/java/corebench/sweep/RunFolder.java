package corebench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One sweep's folder, {@code <out>/<machine-id>/<UTC timestamp>/}: created fresh (never reusing an
 * earlier run's folder), every file written to a temporary name and moved into place so that a crash
 * never leaves a half-written file.
 */
public final class RunFolder {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /** Creates a new, empty run folder; a second run in the same second gets a suffix. */
    public static RunFolder create(Path out, String machineId, Instant start) throws IOException {
        Path machineDir = Files.createDirectories(out.resolve(machineId));
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

    /** Where the result of one JMH run of one step is kept. */
    public Path stepResult(SweepPlan.Step step, JmhRun run) {
        return dir.resolve("steps").resolve(step.folderName()).resolve(run.name() + ".json");
    }

    /** Reads machine.json. */
    public RunManifest readManifest() throws IOException {
        try {
            return JSON.readValue(manifestFile().toFile(), RunManifest.class);
        } catch (IOException e) {
            throw new IOException(manifestFile() + ": unreadable machine.json (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    /** Writes machine.json atomically. */
    public void writeManifest(RunManifest manifest) throws IOException {
        writeAtomically(manifestFile(), JSON.writeValueAsBytes(manifest));
    }

    /** Rebuilds jmh.json from every step result present, in plan order. */
    public int mergeResults(SweepPlan plan) throws IOException {
        ArrayNode all = JSON.createArrayNode();
        for (SweepPlan.Step step : plan.steps()) {
            for (JmhRun run : step.runs()) {
                Path f = stepResult(step, run);
                if (Files.isRegularFile(f)) {
                    JsonNode node = JSON.readTree(f.toFile());
                    if (node != null && node.isArray()) {
                        all.addAll((ArrayNode) node);
                    }
                }
            }
        }
        writeAtomically(jmhJson(), JSON.writeValueAsBytes(all));
        return all.size();
    }

    /** Writes to a temporary sibling, then moves it over the target in one step. */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
