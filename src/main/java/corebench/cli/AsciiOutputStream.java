package corebench.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Takes UTF-8 bytes and passes on plain ASCII: each non-ASCII character becomes its {@link Console#ascii}
 * form. Decodes byte by byte, so a character split over two writes still comes out whole.
 */
final class AsciiOutputStream extends FilterOutputStream {

    /** The bytes of the character being decoded. */
    private final byte[] pending = new byte[4];
    private int have;
    private int need;

    AsciiOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        int unsigned = b & 0xff;
        if (need == 0) {
            if (unsigned < 0x80) {
                out.write(unsigned);
                return;
            }
            // the lead byte says how long the character is; a stray continuation byte is one bad character
            need = unsigned >= 0xf0 ? 4 : unsigned >= 0xe0 ? 3 : unsigned >= 0xc0 ? 2 : 1;
            have = 0;
        }
        pending[have++] = (byte) b;
        if (have == need) {
            need = 0;
            String character = new String(pending, 0, have, StandardCharsets.UTF_8);
            out.write(Console.ascii(character).getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }
}
