package corebench.report.results;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a JSON file with Jackson and turns every way it can fail into one line naming the file. */
final class JsonFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFiles() {
    }

    static JsonNode read(Path file) throws ReportException {
        try {
            if (Files.size(file) == 0) {
                throw new ReportException(file + ": empty file");
            }
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                throw new ReportException(file + ": empty file (only white space)");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ReportException(file + ": not valid JSON, " + describe(e));
        } catch (IOException e) {
            throw new ReportException(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    /** Jackson's own message without its multi-line source excerpt, plus where it happened. */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        message = (cut < 0 ? message : message.substring(0, cut)).trim();
        int paren = message.indexOf(" (");
        if (message.startsWith("Unexpected end-of-input")) {
            message = "it ends too early (truncated?)";
        } else if (paren > 0) {
            message = message.substring(0, paren);
        }
        JsonLocation at = e.getLocation();
        return at == null ? message : message + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
