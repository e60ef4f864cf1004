package corebench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corebench.format.NoiseRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A run folder's {@code noise.json}: one {@link NoiseRecord} per JMH run, appended atomically as each finishes. */
final class NoiseLog {
    /** Format version of noise.json. */
    static final int SCHEMA = 1;

    private NoiseLog() {
    }

    /** Adds one step's record. */
    static void append(RunFolder folder, NoiseRecord record) throws IOException {
        Path f = folder.dir().resolve("noise.json");
        ObjectNode root;
        if (Files.isRegularFile(f)) {
            JsonNode existing = RunFolder.JSON.readTree(f.toFile());
            if (!(existing instanceof ObjectNode o) || !o.path("steps").isArray()) {
                throw new IOException(f + ": not a noise record (no 'steps' array)");
            }
            root = o;
        } else {
            root = RunFolder.JSON.createObjectNode().put("schema", SCHEMA);
            root.putArray("steps");
        }
        ((ArrayNode) root.get("steps")).add(RunFolder.JSON.valueToTree(record));
        RunFolder.writeAtomically(f, RunFolder.JSON.writeValueAsBytes(root));
    }
}
