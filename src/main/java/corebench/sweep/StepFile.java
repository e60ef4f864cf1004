package corebench.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A step's result file (JMH's JSON of one {@link JmhRun}) is accepted only when complete: an array of one result per
 * combination of the run, each of its benchmark and with a score. Anything else is set aside and measured again.
 */
final class StepFile {
    private StepFile() {
    }

    /** The file's results, or why they cannot be used. */
    static ArrayNode check(Path file, JmhRun run) throws IOException {
        JsonNode node;
        try {
            node = RunFolder.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (node == null || node.isMissingNode()) {
            throw new IOException("empty file");
        }
        if (!node.isArray()) {
            throw new IOException("not a JSON array of JMH results");
        }
        if (node.size() != run.combinations()) {
            throw new IOException(node.size() + " results where the run has " + run.combinations());
        }
        for (JsonNode r : node) {
            if (!run.benchmark().equals(r.path("benchmark").asText()) || !r.path("primaryMetric").path("score").isValueNode()) {
                throw new IOException("a result that is not a " + run.benchmark() + " score");
            }
        }
        return (ArrayNode) node;
    }

    /** The results if the file exists and is complete, else nothing. */
    static Optional<ArrayNode> read(Path file, JmhRun run) {
        try {
            return Optional.of(check(file, run));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Moves an unusable file aside ({@code <name>.invalid}, {@code .invalid-2}, ...): kept for a look, never deleted. */
    static Path setAside(Path file) throws IOException {
        for (int n = 1; ; n++) {
            Path aside = file.resolveSibling(file.getFileName() + (n == 1 ? ".invalid" : ".invalid-" + n));
            if (!Files.exists(aside)) {
                return Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}
