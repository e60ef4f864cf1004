package corebench.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real {@link WorkerMain} child driven byte by byte, the way a broken or hostile parent could drive it;
 * its stderr goes to a file so tests can read what it said.
 */
final class RawWorker implements AutoCloseable {
    final Process process;
    final DataOutputStream out;
    final DataInputStream in;
    private final Path stderr;

    RawWorker(Path dir) throws IOException {
        stderr = Files.createTempFile(dir, "worker", ".stderr");
        process = ChildJvm.start(WorkerMain.class, Redirect.to(stderr.toFile()));
        out = new DataOutputStream(process.getOutputStream());
        in = new DataInputStream(process.getInputStream());
    }

    /** Reads the worker's handshake and answers with a proper one. */
    RawWorker handshake() throws IOException {
        Handshake.read(in, "worker");
        Handshake.write(out);
        out.flush();
        return this;
    }

    Frame send(byte[] frame) throws IOException {
        out.write(frame);
        out.flush();
        return Frames.read(in);
    }

    /** Waits (up to 30 s, far beyond what it needs) for the worker to exit; returns its status. */
    int exitStatus() throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("worker pid " + process.pid() + " still running 30 s after it should have exited");
        }
        return process.exitValue();
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() {
        process.destroyForcibly();
        process.onExit().join();
    }
}
