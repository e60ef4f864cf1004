package corebench.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * corebench's console: plain ASCII ({@code x}, {@code +-}) where the console's charset is not UTF-8 (a
 * minimal Linux with {@code LANG} unset, as in containers and fresh servers, where the JVM would print
 * {@code ?} for every {@code ×} and {@code ±}), and the text unchanged where it is.
 *
 * <p>{@link Main} calls {@link #install()} before any command runs, and hands picocli {@link #writer}s
 * over the installed streams; so everything every command prints through {@code System.out},
 * {@code System.err} or picocli's writers passes through here, and new console text needs nothing
 * special. A character without an ASCII form below becomes {@code ?}: add it to {@link #ASCII}.
 */
public final class Console {

    /** The ASCII form of the non-ASCII characters corebench prints. */
    private static final Map<String, String> ASCII = Map.ofEntries(
            Map.entry("×", "x"), Map.entry("±", "+-"), Map.entry("µ", "u"), Map.entry("μ", "u"),
            Map.entry("≥", ">="), Map.entry("≤", "<="), Map.entry("≈", "~"), Map.entry("−", "-"),
            Map.entry("–", "-"), Map.entry("—", "-"), Map.entry("→", "->"), Map.entry("…", "..."),
            Map.entry("·", "-"), Map.entry("÷", "/"), Map.entry("²", "^2"), Map.entry("√", "sqrt"),
            Map.entry("χ", "chi"), Map.entry("σ", "sigma"), Map.entry("κ", "kappa"), Map.entry("λ", "lambda"),
            Map.entry("α", "alpha"), Map.entry("₁", "1"), Map.entry("⚠", "!"), Map.entry("‘", "'"),
            Map.entry("’", "'"), Map.entry("“", "\""), Map.entry("”", "\""), Map.entry("\u00a0", " "));

    private Console() {
    }

    /**
     * Replaces {@code System.out} and {@code System.err} by streams that print ASCII, each only if its
     * charset ({@code stdout.encoding}, {@code stderr.encoding}) is not UTF-8.
     */
    public static void install() {
        System.setOut(asciiUnlessUtf8(System.out));
        System.setErr(asciiUnlessUtf8(System.err));
    }

    /** A writer over {@code stream} in the stream's own charset (picocli would otherwise pick one itself). */
    static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }

    /** {@code text} with every non-ASCII character in its ASCII form ({@code ?} if it has none). */
    static String ascii(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.append(c < 0x80 ? Character.toString(c)
                : ASCII.getOrDefault(Character.toString(c), "?")));
        return b.toString();
    }

    private static PrintStream asciiUnlessUtf8(PrintStream stream) {
        if (isUtf8(stream.charset())) {
            return stream;
        }
        return new PrintStream(new AsciiOutputStream(stream), true, StandardCharsets.UTF_8);
    }

    private static boolean isUtf8(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8);
    }
}
