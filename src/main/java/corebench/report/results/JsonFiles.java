package corebench.report.results;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads a JSON file of a results folder with Jackson and turns every way it can fail into one line naming
 * the file. Result folders come from other people, so: a symbolic link is not followed (it could point at
 * any file of the reader's), a file above {@link #MAX_BYTES} or nested deeper than {@link #MAX_DEPTH} is
 * refused, and no message quotes the file's contents (only where it went wrong: line and column).
 */
final class JsonFiles {
    /** No results file of a real run comes near this (a 2-core default sweep's jmh.json: 0.8 MB). */
    static final long MAX_BYTES = 32L << 20;
    /** corebench's files nest 6 levels deep. */
    static final int MAX_DEPTH = 64;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());

    private static final ObjectMapper RECORDS = JSON.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonFiles() {
    }

    /**
     * {@code node} read as a record of the results format ({@code corebench.format}); empty when it is not an object
     * or does not fit the record's types (a hand-edited file): the reader then knows nothing of that part.
     */
    static <T> Optional<T> as(JsonNode node, Class<T> type) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(RECORDS.treeToValue(node, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static JsonNode read(Path file) throws ReportException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                throw new ReportException(file + ": a symbolic link, not followed (a results folder holds its own files)");
            }
            if (!attributes.isRegularFile()) {
                throw new ReportException(file + ": not a regular file");
            }
            if (attributes.size() == 0) {
                throw new ReportException(file + ": empty file");
            }
            if (attributes.size() > MAX_BYTES) {
                throw new ReportException(file + ": " + (attributes.size() >> 20) + " MB, more than the " + (MAX_BYTES >> 20)
                        + " MB a results file may have");
            }
            JsonNode root;
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                root = JSON.readTree(in);
            }
            if (root == null || root.isMissingNode()) {
                throw new ReportException(file + ": empty file (only white space)");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ReportException(file + ": not valid JSON, " + describe(e));
        } catch (AccessDeniedException e) {
            throw new ReportException(file + ": cannot read it (permission denied)");
        } catch (IOException e) {
            throw new ReportException(file + ": cannot read it (an I/O error)");
        }
    }

    /** What went wrong and where, in corebench's words: Jackson's own messages quote the file's text. */
    private static String describe(JsonProcessingException e) {
        String what = e instanceof JsonEOFException ? "it ends too early (truncated?)"
                : e instanceof StreamConstraintsException ? "it exceeds a limit of the reader (nesting deeper than "
                        + MAX_DEPTH + " levels, or a number or text too long)"
                : "a syntax error";
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? what : what + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
