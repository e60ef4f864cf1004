package corebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The fuzz suite's checks of what the reporter wrote and said about a hostile results folder. */
public final class HostileText {
    /** A CSV cell (after the separator or at the line's start, maybe quoted) that a spreadsheet would run. */
    private static final Pattern FORMULA = Pattern.compile("(^|,)\"?([=+@\\t\\r]|-(?![0-9.]))");
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

    private HostileText() {
    }

    /** Text for a terminal: no secret, no control character but line breaks and tabs, no invisible format character. */
    public static void assertSafeForTerminal(String text) {
        assertThat(text).doesNotContain(HostileFolders.SECRET);
        assertThat(text.codePoints().filter(c -> c != '\n' && c != '\t' && c != '\r'
                && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)).boxed().toList())
                .as("control characters in %s", text).isEmpty();
    }

    /** Every file under {@code out}: no secret; CSV cells inert; summary.md without HTML; index.html ids unique. */
    public static void assertSafeOutput(Path out) {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".png")) {
                    continue;
                }
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertThat(text).as(name).doesNotContain(HostileFolders.SECRET);
                if (name.endsWith(".csv")) {
                    text.lines().forEach(line -> assertThat(FORMULA.matcher(line).find()).as("%s: %s", name, line).isFalse());
                }
                if (name.endsWith(".md")) {
                    assertThat(text).as(name).doesNotContain("<script").doesNotContain("<img").doesNotContain("](");
                }
                if (name.endsWith(".html") || name.endsWith(".svg")) {
                    assertThat(text).as(name).doesNotContain("<script").doesNotContain("javascript:alert(1)\"");
                }
                if (name.endsWith(".html")) {
                    List<String> ids = new java.util.ArrayList<>();
                    Matcher m = ID.matcher(text);
                    while (m.find()) {
                        ids.add(m.group(1));
                    }
                    assertThat(ids).as("ids of %s", name).doesNotHaveDuplicates();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file (with size and time) and folder under {@code dir} but {@code except} and what is inside it. */
    public static Map<String, String> snapshot(Path dir, Path except) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.startsWith(except)).collect(Collectors.toMap(p -> dir.relativize(p).toString(), p -> {
                try {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        return "folder";
                    }
                    return Files.size(p) + "@" + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    return "?";
                }
            }, (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
