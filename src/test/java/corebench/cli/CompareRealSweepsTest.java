package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Comparator;
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
 * <p>Whether a second CPU adds anything is a property of the machine at the time: on this shared VM it
 * was seen adding nothing for minutes (2 cores ÷ 1 core within one sweep 0.97–1.01×, as in the reporter's
 * fixtures; the host seems to give its two vCPUs about one core's worth when busy), and then who wins is
 * noise. So an attempt counts only if the 2-CPU set's own speedup shows room for a second thread
 * ({@link #PARALLEL_CAPACITY}); the claim is checked on the model with the clearest difference; a failed or
 * inconclusive attempt is measured again, at most {@link #ATTEMPTS} times. When no attempt had room, the
 * test is skipped with its figures (not passed); when one had room and the 1-CPU set still won, it fails.
 * Everything else (what the comparison contains, that every verdict follows the figures) is checked on
 * every attempt.
 */
@ExtendWith(NoLeakedProcessesExtension.class)
class CompareRealSweepsTest {

    private static final int ATTEMPTS = 2;
    /** The sweeps' nice value: CFS gives a thread at -5 about 3 times the CPU share of one at 0. */
    private static final int NICENESS = -5;
    /**
     * The speedup of 2 cores over 1 within the 2-CPU set from which the machine counts as having had room
     * for a second thread; below it, who wins is decided by noise and the attempt proves nothing.
     */
    private static final double PARALLEL_CAPACITY = 1.3;
    private static final String ONE = "epyc-1cpu";
    private static final String TWO = "epyc-2cpu";
    /**
     * Small, but with 5 iterations of 300 ms, so that JMH gives errors and a burst of load averages out; strong
     * scaling only (the comparison at all cores is of it), no oversubscribed points; one round: the winner is the
     * higher figure, whatever its interval, so more forks would not change what is checked (a fork set aside is
     * still measured again in a later round). The two parallel models only: a speedup is over the model's own 1-core
     * figure, and the sequential baseline would only add a fork to each set.
     */
    private static final String[] SWEEP = {"sweep", "--quick", "--workloads", "montecarlo",
            "--models", "platform-pool,forkjoin", "--warmup-iterations", "1", "--warmup-time", "200",
            "--iterations", "5", "--time", "300", "-P", "samples=1048576", "--no-oversubscription", "--rounds", "1",
            "--headline-rounds", "1"};
    private static final List<String> PARALLEL = List.of("platform-pool", "forkjoin");

    @TempDir
    Path tmp;

    @Test
    void theOneCpuSetLosesTheAllCoreComparison() throws Exception {
        CpuRestriction restriction = CpuRestriction.probe();
        Assumptions.assumeTrue(restriction.available() && restriction.maxCores() >= 2,
                "needs Linux taskset and at least 2 CPUs");
        List<String> attempts = new ArrayList<>();
        boolean conclusive = false;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path dir = tmp.resolve("attempt-" + attempt);
            Path one = sweep(dir, confinedTo(restriction.cpuList(1)), ONE);
            // confined to 2 CPUs too, so that it is a 2-CPU set on a bigger machine as well
            Path two = sweep(dir, confinedTo(restriction.cpuList(2)), TWO);
            List<String> setAside = Stream.concat(everyForkSetAside(one, ONE).stream(), everyForkSetAside(two, TWO).stream()).toList();
            if (!setAside.isEmpty()) {
                // such a result is not claimed: who wins with it proves nothing, and the machine was busy
                attempts.add(String.format(Locale.ROOT, "attempt %d: every fork of %s was set aside (the machine did not give"
                        + " the step its CPUs)", attempt, String.join(", ", setAside)));
                System.out.println(attempts.getLast());
                continue;
            }
            Comparison c = compareAndCheck(dir, one, two);
            // the model with the clearest difference: the one that gained most from its second CPU
            String clearest = PARALLEL.stream().max(Comparator.comparingDouble(m -> ownSpeedup(c, m))).orElseThrow();
            double speedup = ownSpeedup(c, clearest);
            String winner = winnerAtAllCores(c, clearest);
            if (speedup >= PARALLEL_CAPACITY && winner.equals(TWO)) {
                return;
            }
            conclusive |= speedup >= PARALLEL_CAPACITY;
            attempts.add(String.format(Locale.ROOT, "attempt %d: %s, 2 cores ÷ 1 core within the 2-CPU set %.2f×,"
                    + " at all cores %s wins (%s)", attempt, clearest, speedup, winner, allCoreFigures(c)));
            System.out.println(attempts.getLast());
        }
        Assumptions.assumeTrue(conclusive, "no parallel speedup on this machine while measuring, or steps it did not give"
                + " their CPUs (" + String.join("; ", attempts) + "): where a second CPU adds nothing, the 1-CPU set cannot lose,"
                + " so the claim was not tested");
        fail("the 2-CPU set had parallel speedup but did not win the all-core comparison: " + String.join("; ", attempts));
    }

    /** "epyc-2cpu's forkjoin at 2 cores" for each result of the run none of whose forks was counted. */
    private static List<String> everyForkSetAside(Path run, String machineId) throws IOException {
        List<String> found = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(run.resolve("jmh.json").toFile())) {
            if (r.at("/primaryMetric/rawData").isEmpty()) {
                found.add(machineId + "'s " + r.at("/params/model").asText() + " at " + r.at("/params/cores").asText() + " cores");
            }
        }
        return found;
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
