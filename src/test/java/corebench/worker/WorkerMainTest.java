package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.workload.Fault;
import corebench.workload.Kernel;
import corebench.workload.Task;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The child side against a real child JVM fed good, bad and hostile bytes on its stdin. */
@ExtendWith(NoLeakedProcessesExtension.class)
class WorkerMainTest {
    @TempDir
    Path dir;

    @Test
    void keepsServingAfterFailingTasksUnknownKernelsAndStrayPrints() throws Exception {
        try (RawWorker w = new RawWorker(dir).handshake()) {
            long reference = Kernel.MONTE_CARLO_SCALAR.run(new long[] {1, 2, 1000});
            Frame reply = w.send(batch(1, List.of(new Task(Kernel.ECHO, 5), Fault.task(Fault.PRINT, 7),
                    new Task(Kernel.MONTE_CARLO_SCALAR, 1, 2, 1000))));
            assertThat(((Frame.Results) reply).values()).containsExactly(5, 7, reference);

            assertThat(w.send(batch(2, List.of(new Task(Kernel.ECHO, 1), Fault.task(Fault.THROW, 42)))))
                    .isEqualTo(new Frame.Failure(2, 1, "java.lang.IllegalStateException", "injected fault 42"));

            Frame.Failure unknown = (Frame.Failure) w.send(rawBatch(3, 12345, 1));
            assertThat(unknown.taskIndex()).isZero();
            assertThat(unknown.message()).startsWith("unknown kernel id 12345");

            assertThat(((Frame.Results) w.send(batch(4, List.of(new Task(Kernel.ECHO, 9))))).values()).containsExactly(9);
            w.out.close();
            assertThat(w.exitStatus()).as("exit on stdin EOF").isZero();
            assertThat(w.stderr()).contains("fault kernel: stray line on stdout 7", "fault kernel: stray line on stderr 7");
        }
    }

    @Test
    void exitsAtOnceWhenStdinEndsInTheMiddleOfATask() throws Exception {
        try (RawWorker w = new RawWorker(dir).handshake()) {
            w.out.write(batch(1, List.of(Fault.task(Fault.SLEEP, 600_000))));
            w.out.flush();
            TimeUnit.MILLISECONDS.sleep(200);
            w.out.close();
            assertThat(w.exitStatus()).isZero();
        }
    }

    @Test
    @Timeout(60)
    void answersEveryBatchOfOneBurstInOrder() throws Exception {
        try (RawWorker w = new RawWorker(dir).handshake()) {
            // 500 tiny batches in one write: the worker reads them as one burst and batches its replies
            w.out.write(echoes(1, 500));
            w.out.flush();
            assertEchoes(w, 1, 500);
            w.out.close();
            assertThat(w.exitStatus()).isZero();
        }
    }

    @Test
    @Timeout(60)
    void batchesThatArriveDuringALongTaskAreReadAndAnsweredInOrder() throws Exception {
        try (RawWorker w = new RawWorker(dir).handshake()) {
            w.out.write(batch(1, List.of(Fault.task(Fault.SLEEP, 400))));
            w.out.flush();
            // the watcher reads these while the task runs (two bursts: it keeps reading after the first)
            TimeUnit.MILLISECONDS.sleep(100);
            w.out.write(echoes(2, 50));
            w.out.flush();
            TimeUnit.MILLISECONDS.sleep(50);
            w.out.write(echoes(52, 50));
            w.out.flush();
            Frame.Results slept = (Frame.Results) Frames.read(w.in);
            assertThat(slept.batchId()).isEqualTo(1);
            assertThat(slept.values()).containsExactly(400);
            assertEchoes(w, 2, 100);
            // and reading goes back to the thread that runs the tasks: later bursts are served as before
            for (int round = 0; round < 20; round++) {
                long first = 102 + 10L * round;
                w.out.write(echoes(first, 10));
                w.out.flush();
                assertEchoes(w, first, 10);
            }
            w.out.close();
            assertThat(w.exitStatus()).isZero();
        }
    }

    @Test
    void exitsAtOnceWhenStdinEndsWithBatchesQueuedBehindALongTask() throws Exception {
        try (RawWorker w = new RawWorker(dir).handshake()) {
            sendDuringAnEndlessTask(w, echoes(2, 10)); // read by the watcher, which must go on reading after handing them over
            TimeUnit.MILLISECONDS.sleep(100);
            w.out.close();
            assertThat(w.exitStatus()).isZero();
        }
    }

    @Test
    void reportsABadFrameThatArrivesDuringALongTaskAndExits() throws Exception {
        try (RawWorker w = new RawWorker(dir).handshake()) {
            sendDuringAnEndlessTask(w, new byte[] {0x7f, 0, 0, 0, 1});
            Frame.Failure failure = (Frame.Failure) Frames.read(w.in);
            assertThat(failure.taskIndex()).isEqualTo(Frame.Failure.NO_TASK);
            assertThat(w.exitStatus()).isEqualTo(WorkerMain.EXIT_PROTOCOL_ERROR);
        }
    }

    @Test
    void refusesAParentThatSendsGarbageInsteadOfAHandshake() throws Exception {
        try (RawWorker w = new RawWorker(dir)) {
            assertThat(Handshake.read(w.in, "worker")).as("the worker introduces itself first").isEqualTo(w.process.pid());
            w.out.write("GET / HTTP/1.1\r\n\r\n".getBytes());
            w.out.flush();
            assertThat(w.exitStatus()).isEqualTo(WorkerMain.EXIT_PROTOCOL_ERROR);
            assertThat(w.stderr()).contains("handshake failed: the parent on stdin does not speak corebench's worker protocol");
        }
    }

    @Test
    void refusesAParentOfAnotherProtocolVersion() throws Exception {
        try (RawWorker w = new RawWorker(dir)) {
            Handshake.read(w.in, "worker");
            w.out.write(HandshakeTest.handshake(Handshake.MAGIC, Handshake.VERSION + 1, 1));
            w.out.flush();
            assertThat(w.exitStatus()).isEqualTo(WorkerMain.EXIT_PROTOCOL_ERROR);
            assertThat(w.stderr()).contains("protocol version mismatch: this side speaks version " + Handshake.VERSION
                    + ", the parent on stdin speaks version " + (Handshake.VERSION + 1));
        }
    }

    @Test
    void reportsAnOversizedFrameAndExits() throws Exception {
        assertReportsAndExits(new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}, "outside 1..");
    }

    @Test
    void reportsAFrameOfUnknownTypeAndExits() throws Exception {
        assertReportsAndExits(new byte[] {0, 0, 0, 9, 42, 0, 0, 0, 0, 0, 0, 0, 0}, "unknown type 42");
    }

    @Test
    void reportsATruncatedFrameAndExits() throws Exception {
        byte[] whole = batch(1, List.of(new Task(Kernel.ECHO, 1)));
        assertReportsAndExits(Arrays.copyOf(whole, whole.length - 3), "truncated frame");
    }

    /** The worker answers the bad bytes with a failure frame, says why on stderr, and exits with status 2. */
    private void assertReportsAndExits(byte[] bad, String why) throws Exception {
        try (RawWorker w = new RawWorker(dir).handshake()) {
            w.out.write(bad);
            w.out.close();
            Frame.Failure failure = (Frame.Failure) Frames.read(w.in);
            assertThat(failure.taskIndex()).isEqualTo(Frame.Failure.NO_TASK);
            assertThat(failure.message()).contains(why);
            assertThat(w.exitStatus()).isEqualTo(WorkerMain.EXIT_PROTOCOL_ERROR);
            assertThat(w.stderr()).contains("bad input from the parent", why);
        }
    }

    static byte[] batch(long id, List<Task> tasks) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Frames.writeBatch(new DataOutputStream(bytes), id, tasks);
        return bytes.toByteArray();
    }

    /** Starts a task that never ends, then, once the watcher reads in its place, sends {@code bytes}. */
    private static void sendDuringAnEndlessTask(RawWorker w, byte[] bytes) throws Exception {
        w.out.write(batch(1, List.of(Fault.task(Fault.SLEEP, 600_000))));
        w.out.flush();
        TimeUnit.MILLISECONDS.sleep(100);
        w.out.write(bytes);
        w.out.flush();
    }

    /** Batches {@code first .. first+count-1}, each one ECHO task of its own id, back to back. */
    private static byte[] echoes(long first, int count) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (long id = first; id < first + count; id++) {
            bytes.write(batch(id, List.of(new Task(Kernel.ECHO, id))));
        }
        return bytes.toByteArray();
    }

    /** Reads the replies to {@link #echoes}: every one, in order, each with its own id as its value. */
    private static void assertEchoes(RawWorker w, long first, int count) throws IOException {
        for (long id = first; id < first + count; id++) {
            Frame.Results reply = (Frame.Results) Frames.read(w.in);
            assertThat(reply.batchId()).isEqualTo(id);
            assertThat(reply.values()).containsExactly(id);
        }
    }

    /** A one-task batch with any kernel id, including ones no Kernel has. */
    private static byte[] rawBatch(long id, int kernelId, long arg) throws IOException {
        byte[] bytes = batch(id, List.of(new Task(Kernel.ECHO, arg)));
        ByteBuffer.wrap(bytes).putInt(4 + 1 + 8 + 4, kernelId); // after length, type, batch id and count
        return bytes;
    }
}
