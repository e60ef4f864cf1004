package corebench.report.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether this JVM can draw the charts' text. A box without fontconfig or without fonts (server and container
 * images) makes the JDK's font set-up fail ("Fontconfig head is null"); the JDK then reads a font configuration
 * file, which corebench provides ({@code sun.awt.fontconfig}): every logical font (the charts' SansSerif) mapped
 * to the DejaVu Sans it carries as resources, written to a temporary folder removed at exit. Where even that
 * fails, {@link #missing()} says why, and the reports are written without charts.
 */
public final class ChartFonts {
    private static final String FONTCONFIG_PROPERTY = "sun.awt.fontconfig";
    private static final List<String> FILES = List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
    private static final List<String> LOGICAL = List.of("serif", "sansserif", "monospaced", "dialog", "dialoginput");

    private ChartFonts() {
    }

    /** Empty when charts can be drawn here; otherwise the one line that says what is missing. */
    public static Optional<String> missing() {
        return Holder.MISSING;
    }

    private static final class Holder {
        static final Optional<String> MISSING = check();
    }

    private static Optional<String> check() {
        Throwable failure = tryToDraw();
        if (failure == null) {
            return Optional.empty();
        }
        if (System.getProperty(FONTCONFIG_PROPERTY) == null) {
            try {
                System.setProperty(FONTCONFIG_PROPERTY, ownFontConfiguration().toString());
                // the JDK's font manager is created again on the next use: its first attempt failed
                Throwable second = tryToDraw();
                if (second == null) {
                    return Optional.empty();
                }
                failure = second;
            } catch (IOException e) {
                failure = e;
            }
        }
        return Optional.of("charts left out: this Java cannot draw text here (" + failure.getMessage()
                + "); install fontconfig and a font (e.g. apt-get install fontconfig fonts-dejavu-core) and run the report again");
    }

    /** Draws a line of chart text; the failure, or {@code null} if it worked. */
    private static Throwable tryToDraw() {
        try {
            Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            try {
                g.setFont(ChartStyle.LABEL.deriveFont(Font.BOLD));
                g.getFontMetrics().stringWidth("speedup 1.5x");
            } finally {
                g.dispose();
            }
            return null;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // "Fontconfig head is null" (RuntimeException), "No physical fonts found" (Error), a missing native library
            return e;
        }
    }

    /** DejaVu Sans copied out of the jar, and a JDK font configuration file that maps every logical font to it. */
    private static Path ownFontConfiguration() throws IOException {
        Path dir = Files.createTempDirectory("corebench-fonts");
        dir.toFile().deleteOnExit();
        for (String file : FILES) {
            Path target = dir.resolve(file);
            target.toFile().deleteOnExit();
            try (InputStream in = ChartFonts.class.getResourceAsStream("/corebench/fonts/" + file)) {
                if (in == null) {
                    throw new IOException("corebench/fonts/" + file + " is not on the class path");
                }
                Files.copy(in, target);
            }
        }
        StringBuilder conf = new StringBuilder("version=1\nsequence.allfonts=dejavu\n");
        for (String logical : LOGICAL) {
            for (String style : List.of("plain", "italic")) {
                conf.append(logical).append('.').append(style).append(".dejavu=DejaVu Sans\n");
            }
            for (String style : List.of("bold", "bolditalic")) {
                conf.append(logical).append('.').append(style).append(".dejavu=DejaVu Sans Bold\n");
            }
        }
        conf.append("filename.DejaVu_Sans=").append(dir.resolve(FILES.get(0))).append('\n');
        conf.append("filename.DejaVu_Sans_Bold=").append(dir.resolve(FILES.get(1))).append('\n');
        Path file = dir.resolve("fontconfig.properties");
        file.toFile().deleteOnExit();
        Files.writeString(file, conf, StandardCharsets.UTF_8);
        return file;
    }
}
