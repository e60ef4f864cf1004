package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HandshakeTest {

    @Test
    void carriesThePid() throws IOException {
        assertThat(Handshake.read(in(handshake(Handshake.MAGIC, Handshake.VERSION, 4242)), "peer")).isEqualTo(4242);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Handshake.write(new DataOutputStream(bytes));
        assertThat(Handshake.read(in(bytes.toByteArray()), "peer")).isEqualTo(ProcessHandle.current().pid());
    }

    @Test
    void rejectsAnotherProtocolVersionNamingBoth() {
        assertThatThrownBy(() -> Handshake.read(in(handshake(Handshake.MAGIC, 999, 1)), "child pid 7"))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("protocol version mismatch: this side speaks version " + Handshake.VERSION
                        + ", child pid 7 speaks version 999 (are both from the same corebench build?)");
    }

    @Test
    void rejectsGarbage() {
        assertThatThrownBy(() -> Handshake.read(in("Error: could not find main class".getBytes()), "child pid 7"))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("child pid 7 does not speak corebench's worker protocol: expected magic 0x4342574B, got 0x4572726F");
    }

    @Test
    void rejectsATruncatedHandshake() {
        byte[] half = Arrays.copyOf(handshake(Handshake.MAGIC, Handshake.VERSION, 1), 9);
        assertThatThrownBy(() -> Handshake.read(in(half), "parent"))
                .isInstanceOf(EOFException.class).hasMessage("parent closed the pipe after 9 of the 16 handshake bytes");
    }

    static byte[] handshake(int magic, int version, long pid) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(magic);
            out.writeInt(version);
            out.writeLong(pid);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static DataInputStream in(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
