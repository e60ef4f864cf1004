package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.model.SequentialModel;
import corebench.workload.GridWorkload.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real child JVM (started directly, not through a process model) maps the parent's grid from its key
 * alone: each side sees the other's writes, the child runs grid kernels from their wire ids, keeps one
 * mapping per grid across tasks and drops the mappings of grids that were closed.
 */
@Timeout(60)
class GridChildProcessTest {
    private Process child;
    private PrintWriter toChild;
    private BufferedReader fromChild;

    @BeforeEach
    void startChild() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "--add-modules=jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
                GridChild.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        toChild = new PrintWriter(child.getOutputStream(), true, StandardCharsets.UTF_8);
        fromChild = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopChild() throws InterruptedException, IOException {
        if (child == null) {
            return;
        }
        child.getOutputStream().close(); // end of input: the child exits
        if (!child.waitFor(10, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
        }
        assertThat(child.isAlive()).isFalse();
        assertThat(SharedGridTest.ownFiles()).isZero();
    }

    @Test
    void eachSideSeesTheOthersWrites() throws IOException {
        try (SharedGrid grid = SharedGrid.create(3, 4, 2)) {
            grid.plane(1).put(5, 3.25);
            assertThat(ask("get", grid.key(), 1, 5)).isEqualTo(Double.doubleToRawLongBits(3.25));
            ask("put", grid.key(), 0, 2, Double.doubleToRawLongBits(-7.5));
            assertThat(grid.plane(0).get(2)).isEqualTo(-7.5);
        }
    }

    @Test
    void parentAndChildSweepTheSameGridTogether() throws IOException {
        for (Kind kind : Kind.values()) {
            long expected;
            try (GridWorkload reference = new GridWorkload(kind, 11, 7, 3, 4)) {
                reference.run(new SequentialModel(1), reference.batches(1));
                expected = reference.checksum();
            }
            try (GridWorkload w = new GridWorkload(kind, 11, 7, 3, 4)) {
                List<List<Task>> batches = w.batches(4);
                int sweeps = kind == Kind.JACOBI ? 3 : 1;
                for (int s = 0; s < sweeps; s++) {
                    List<Task> batch = batches.get(s % batches.size());
                    for (int b = 0; b < batch.size(); b++) {
                        // odd bands in the child, even bands here: one sweep, two processes, one grid
                        Task t = batch.get(b);
                        long cells = b % 2 == 1 ? ask(runCommand(t)) : t.run();
                        assertThat(cells).isPositive();
                    }
                }
                assertThat(w.checksum()).as(kind.id()).isEqualTo(expected);
            }
        }
    }

    @Test
    void childKeepsOneMappingPerGridAndDropsClosedOnes() throws IOException {
        SharedGrid first = SharedGrid.create(2, 2, 1);
        long firstKey = first.key();
        try (first) {
            ask("get", firstKey, 0, 0);
            ask("get", firstKey, 0, 1);
            assertThat(ask("mapped")).isEqualTo(1);
        }
        try (SharedGrid second = SharedGrid.create(2, 2, 1)) {
            ask("get", second.key(), 0, 0);
            assertThat(ask("mapped")).as("the closed grid's mapping is dropped").isEqualTo(1);
            assertThat(answer("get " + firstKey + " 0 0")).startsWith("error no shared grid with key " + firstKey);
        }
    }

    @Test
    void aChildThatExitsWithoutClosingItsGridLeavesNoFile() throws Exception {
        long key = ask("create", 64, 64, 2);
        Path file = SharedGrid.directories().get(0).resolve(SharedGrid.fileName(key));
        assertThat(file).exists();
        child.getOutputStream().close();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(file).doesNotExist();
    }

    private static String runCommand(Task t) {
        return "run " + t.kernel().wireId() + " " + LongStream.of(t.args()).mapToObj(Long::toString).collect(Collectors.joining(" "));
    }

    private long ask(String command, long... args) throws IOException {
        return ask(command + LongStream.of(args).mapToObj(a -> " " + a).collect(Collectors.joining()));
    }

    private long ask(String line) throws IOException {
        String answer = answer(line);
        assertThat(answer).as(line).startsWith("ok ");
        return Long.parseLong(answer.substring(3));
    }

    private String answer(String line) throws IOException {
        toChild.println(line);
        String answer = fromChild.readLine();
        assertThat(answer).as("the child's answer to " + line).isNotNull();
        return answer;
    }
}
