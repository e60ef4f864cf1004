package corebench.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A stand-in for {@link WorkerMain} that breaks the protocol in the way its argument names, so the
 * parent side can be tested against every kind of bad child.
 */
public final class MisbehavingChild {

    private MisbehavingChild() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        DataOutputStream out = new DataOutputStream(System.out);
        DataInputStream in = new DataInputStream(System.in);
        switch (args[0]) {
            case "garbage" -> out.write("Hello from a program that is no worker\n".getBytes());
            case "version" -> Handshake.write(out, 999, ProcessHandle.current().pid());
            case "exit" -> System.exit(7);
            default -> {
                Handshake.write(out);
                out.flush();
                Handshake.read(in, "parent");
                misbehaveAfterHandshake(args[0], out);
            }
        }
        out.flush();
        Thread.sleep(600_000); // the parent must not wait for this
    }

    private static void misbehaveAfterHandshake(String mode, DataOutputStream out) throws IOException {
        switch (mode) {
            case "oversized" -> out.writeInt(Integer.MAX_VALUE);
            case "truncated" -> {
                out.writeInt(100);
                out.write(new byte[10]);
                out.flush();
                System.exit(0);
            }
            case "silent" -> {
                // answers nothing
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
    }
}
