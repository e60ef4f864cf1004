package corebench.report.results;

/**
 * Text read from a results folder, made safe to show: result folders come from other people, and a value
 * that reaches a terminal, a Markdown file or a message must not act there. {@link #visible} writes every
 * control character (C0, DEL, C1) and every invisible format character (bidirectional overrides, zero-width
 * characters) as a visible escape ({@code \x1b}, {@code \u202e}), so an escape sequence cannot set a terminal's
 * title or clear it; {@link #shown} also bounds the length, for values quoted in a message.
 */
public final class Untrusted {
    /** The most characters of a value a message quotes. */
    public static final int SHOWN_CHARS = 160;

    private Untrusted() {
    }

    /** {@code text} with its control and format characters escaped visibly; {@code null} stays {@code null}. */
    public static String visible(String text) {
        if (text == null || text.codePoints().noneMatch(Untrusted::hidden)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (!hidden(c)) {
                b.appendCodePoint(c);
            } else if (c < 0x100) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append(String.format("\\u%04x", c));
            }
        });
        return b.toString();
    }

    /** {@link #visible} and cut to {@link #SHOWN_CHARS} characters (marked with {@code …}), for messages. */
    public static String shown(String text) {
        String v = visible(text);
        return v == null || v.length() <= SHOWN_CHARS ? v : v.substring(0, SHOWN_CHARS) + "…";
    }

    private static boolean hidden(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
    }
}
