package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import corebench.report.compare.Comparison;
import corebench.report.compare.Contenders;
import corebench.report.compare.Metric;
import corebench.report.compare.ModelComparison;
import corebench.report.compare.Standing;
import corebench.report.compare.Verdict;
import corebench.sweep.CpuRestriction;
import corebench.worker.NoLeakedProcessesExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's end-to-end test: two real result sets made on this machine by the real sweep in child JVMs,
 * one with the sweep itself confined to one CPU ({@code taskset}, so it only has core count 1) and one
 * to two, then compared by the real command. The 1-CPU set must lose the all-core comparison.
 *
 * <p>This machine is shared, and a burst of other work during one of the sweeps can hide a difference of
 * less than 2× (under load, a single pinned thread also gets more of its CPU than each of two threads do;
 * this VM, saturated by other sweeps, was seen giving two busy threads less than one). So the physical
 * claim is made on the model with the clearest difference, and when even that one does not show 2 CPUs
 * ahead, the pair of sweeps is measured again, at most {@link #ATTEMPTS} times. If no attempt saw any
 * parallel speedup within the 2-CPU set itself, the machine was saturated and the claim cannot be tested:
 * the test is then skipped with the figures, not passed. Everything else (what the comparison contains,
 * that every verdict follows the figures) is checked on every attempt.
 */
@ExtendWith(NoLeakedProcessesExtension.class)
class CompareRealSweepsTest {

    private static final int ATTEMPTS = 3;
    /** The sweeps' nice value: CFS gives a thread at -5 about 3 times the CPU share of one at 0. */
    private static final int NICENESS = -5;
    /** Below this speedup of 2 cores over 1 within one sweep, the machine had no room for a second thread. */
    private static final double SATURATED = 1.3;
    private static final String ONE = "epyc-1cpu";
    private static final String TWO = "epyc-2cpu";
    /** Small, but with 5 iterations of 300 ms, so that JMH gives errors and a burst of load averages out. */
    private static final String[] SWEEP = {"sweep", "--quick", "--workloads", "montecarlo",
            "--models", "sequential,platform-pool,forkjoin", "--warmup-iterations", "1", "--warmup-time", "200",
            "--iterations", "5", "--time", "300", "-P", "samples=1048576"};
    private static final List<String> PARALLEL = List.of("platform-pool", "forkjoin");

    @TempDir
    Path tmp;

    @Test
    void theOneCpuSetLosesTheAllCoreComparison() throws Exception {
        CpuRestriction restriction = CpuRestriction.probe();
        Assumptions.assumeTrue(restriction.available() && restriction.maxCores() >= 2,
                "needs Linux taskset and at least 2 CPUs");
        List<String> attempts = new ArrayList<>();
        boolean parallelCapacity = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path dir = tmp.resolve("attempt-" + attempt);
            Path one = sweep(dir, confinedTo(restriction.cpuList(1)), ONE);
            // confined to 2 CPUs too, so that it is a 2-CPU set on a bigger machine as well
            Path two = sweep(dir, confinedTo(restriction.cpuList(2)), TWO);
            Comparison c = compareAndCheck(dir, one, two);
            if (PARALLEL.stream().anyMatch(m -> winnerAtAllCores(c, m).equals(TWO))) {
                return;
            }
            double speedup = PARALLEL.stream().mapToDouble(m -> ownSpeedup(c, m)).max().orElse(0);
            parallelCapacity |= speedup >= SATURATED;
            attempts.add(String.format(Locale.ROOT, "attempt %d: best 2-core speedup within the 2-CPU set %.2f×,"
                    + " all-core throughput %s", attempt, speedup, allCoreFigures(c)));
            System.out.println(attempts.getLast() + "; measuring again");
        }
        Assumptions.assumeTrue(parallelCapacity, "this machine gave no parallel speedup during the sweeps ("
                + String.join("; ", attempts) + "): on a saturated machine 2 CPUs cannot beat 1, so the claim was"
                + " not tested");
        fail("in " + ATTEMPTS + " attempts the 2-CPU set never had the higher all-core throughput for any of "
                + PARALLEL + ": " + String.join("; ", attempts));
    }

    /**
     * {@code taskset -c cpus}, at a raised priority: other busy processes on a shared machine take an equal
     * share of every CPU, so against two of them two threads on two CPUs get no more CPU time than one thread
     * alone on its CPU (the others move to the other one). Both sets are measured at the same priority.
     * Without the right to raise it (not root), {@code nice} says so and runs the sweep as it is.
     */
    private static List<String> confinedTo(String cpus) {
        return List.of("nice", "-n", String.valueOf(NICENESS), "taskset", "-c", cpus);
    }

    /** Runs the real sweep into {@code dir/<machineId>/<timestamp>} and returns that run folder. */
    private Path sweep(Path dir, List<String> prefix, String machineId) throws IOException, InterruptedException {
        Path log = dir.resolve(machineId + ".log");
        Files.createDirectories(dir);
        Process p = CorebenchProcess.runToEnd(prefix, log, tmp, 5, Stream.concat(Stream.of(SWEEP),
                Stream.of("--machine-id", machineId, "--out", dir.toString())).toArray(String[]::new));
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        try (Stream<Path> runs = Files.list(dir.resolve(machineId))) {
            return runs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** Compares with the real command, checks what it wrote and what the comparison says; returns it. */
    private Comparison compareAndCheck(Path dir, Path one, Path two) throws Exception {
        Path out = dir.resolve("compare");
        CommandRun r = CommandRun.of(new CompareCommand(), one.toString(), two.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("unfair: epyc-1cpu: the sweep was confined to 1 of the machine's ")
                .contains("CPUs (CPU affinity), so it stands for a 1-CPU machine");
        assertThat(r.err()).contains("unfair: core counts differ: epyc-1cpu measured 1; epyc-2cpu measured 1, 2");
        for (String file : List.of("index.html", "summary.md", "comparison.csv", "wins.csv", "measurements.csv",
                "montecarlo-forkjoin-speedup.png", "montecarlo-platform-pool-speedup.svg", "montecarlo-one-core.png",
                "montecarlo-all-cores.png", "montecarlo-per-core.svg")) {
            assertThat(out.resolve(file)).isNotEmptyFile();
        }
        assertThat(Files.readString(out.resolve("index.html"))).contains("Wins and losses", "at all cores");

        Comparison c = Comparison.of(Contenders.read(List.of(one, two), null, Map.of()));
        assertThat(c.coreCounts().values()).map(Set::copyOf).containsExactly(Set.of(1), Set.of(1, 2));
        for (String model : PARALLEL) {
            ModelComparison m = model(c, model);
            assertThat(standing(m, ONE).maxCores()).isEqualTo(1);
            assertThat(standing(m, TWO).maxCores()).isEqualTo(2);
        }
        // every verdict names the machine with the higher figure
        for (ModelComparison m : c.scenarios().getFirst().models()) {
            for (Verdict v : m.verdicts().values()) {
                double best = v.winner().figure(v.metric()).value();
                assertThat(m.standings()).allSatisfy(s -> assertThat(s.figure(v.metric()).value())
                        .isLessThanOrEqualTo(best));
            }
        }
        return c;
    }

    /** The 2-CPU set's speedup of a model on 2 cores over 1 core, from one sweep: whether there was room for 2. */
    private static double ownSpeedup(Comparison c, String model) {
        return standing(model(c, model), TWO).series().orElseThrow().scaling().getLast().speedup().value();
    }

    private static String winnerAtAllCores(Comparison c, String model) {
        return model(c, model).verdict(Metric.ALL_CORES).orElseThrow().winner().contender().label();
    }

    private static String allCoreFigures(Comparison c) {
        return PARALLEL.stream().map(model -> model + " " + millions(c, model, ONE) + " vs " + millions(c, model, TWO)
                + " M samples/s").collect(Collectors.joining(", "));
    }

    private static String millions(Comparison c, String model, String machine) {
        return String.format(Locale.ROOT, "%.0f", standing(model(c, model), machine).figure(Metric.ALL_CORES).value() / 1e6);
    }

    private static ModelComparison model(Comparison c, String model) {
        return c.scenarios().getFirst().models().stream().filter(m -> m.model().equals(model)).findFirst().orElseThrow();
    }

    private static Standing standing(ModelComparison m, String machine) {
        return m.standings().stream().filter(s -> s.contender().label().equals(machine)).findFirst().orElseThrow();
    }
}
