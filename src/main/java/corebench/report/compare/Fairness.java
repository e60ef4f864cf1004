package corebench.report.compare;

import corebench.report.results.Machine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What makes a comparison of machines unfair, in sentences for the top of the page: anything besides the
 * hardware that differs between the runs (JVM, corebench build, sweep settings), core counts one machine
 * lacks, CPU restriction that did not work, unfinished sweeps, missing descriptions. An empty list means
 * none of these were found.
 */
final class Fairness {

    private static final String NOT_RECORDED = "not recorded";

    private Fairness() {
    }

    static List<String> check(List<Contender> contenders, List<ScenarioComparison> scenarios) {
        List<String> unfair = new ArrayList<>();
        contenders.stream().filter(c -> !c.machine().known()).forEach(c -> unfair.add(c.label()
                + ": no machine.json, so its hardware, JVM and settings are unknown and cannot be checked"));
        List<Contender> known = contenders.stream().filter(c -> c.machine().known()).toList();
        differs(known, Machine::jvm, "different JVMs", "the JIT compiler and runtime are part of what is measured")
                .ifPresent(unfair::add);
        differs(known, Machine::corebenchRevision, "different corebench builds", "the benchmarks themselves may differ")
                .ifPresent(unfair::add);
        for (Contender c : known) {
            String revision = Objects.requireNonNullElse(c.machine().corebenchRevision(), Machine.UNKNOWN_REVISION);
            if (revision.contains(Machine.UNKNOWN_REVISION)) {
                unfair.add(c.label() + ": corebench's revision was not recorded (not run from a git checkout), so"
                        + " whether every machine ran the same benchmarks cannot be checked");
            } else if (revision.contains("(uncommitted changes)")) {
                unfair.add(c.label() + ": corebench was built with uncommitted changes, so its code is not exactly"
                        + " the revision recorded");
            }
        }
        differs(known, Machine::sweepSettings, "different sweep settings",
                "other iteration counts and times change how warm the JIT is and how wide the errors are")
                .ifPresent(unfair::add);
        coreCounts(contenders, scenarios, unfair);
        for (Contender c : known) {
            Machine m = c.machine();
            if (Boolean.FALSE.equals(m.restrictionAvailable())) {
                unfair.add(c.label() + ": CPU restriction was not available (" + m.cpuRestriction() + "), so its runs"
                        + " below " + m.logicalCores() + " cores could use every CPU: its speedups are not comparable");
            }
            if (m.usableCpus() > 0 && m.usableCpus() < m.logicalCores()) {
                unfair.add(c.label() + ": the sweep was confined to " + m.usableCpus() + " of the machine's "
                        + m.logicalCores() + " CPUs (CPU affinity), so it stands for a " + m.usableCpus()
                        + "-CPU machine");
            }
            if (Boolean.FALSE.equals(m.complete())) {
                unfair.add(c.label() + ": the sweep did not finish, so its results are partial");
            }
        }
        return unfair;
    }

    /** {@code what: a: x; b: y (why)} when the machines do not all have the same value. */
    private static Optional<String> differs(List<Contender> contenders, Function<Machine, String> field,
                                                      String what, String why) {
        Map<String, String> values = new LinkedHashMap<>();
        contenders.forEach(c -> values.put(c.label(), Objects.requireNonNullElse(field.apply(c.machine()), NOT_RECORDED)));
        if (values.values().stream().distinct().count() < 2) {
            return Optional.empty();
        }
        return Optional.of(what + ": " + values.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; ")) + " (" + why + ")");
    }

    /**
     * Different core counts: "all cores" then means different numbers of cores, and speedups beyond a
     * machine's top count exist for the others only. Counts a machine lacks although it has the CPUs are
     * gaps in its sweep.
     */
    private static void coreCounts(List<Contender> contenders, List<ScenarioComparison> scenarios, List<String> unfair) {
        Map<Contender, Set<Integer>> counts = Comparison.coreCounts(contenders, scenarios);
        if (counts.values().stream().distinct().count() < 2) {
            return;
        }
        unfair.add("core counts differ: " + counts.entrySet().stream()
                .map(e -> e.getKey().label() + " measured " + list(e.getValue()))
                .collect(Collectors.joining("; ")) + " ('all cores' compares different numbers of cores)");
        Set<Integer> all = new TreeSet<>();
        counts.values().forEach(all::addAll);
        counts.forEach((c, own) -> {
            int cpus = c.machine().usableCpus() > 0 ? c.machine().usableCpus() : c.machine().logicalCores();
            Set<Integer> gaps = all.stream().filter(n -> n <= cpus && !own.contains(n))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!gaps.isEmpty()) {
                unfair.add(c.label() + " lacks " + list(gaps) + (gaps.size() == 1 ? " core" : " cores")
                        + ", which other machines measured and it has the CPUs for");
            }
        });
    }

    private static String list(Set<Integer> counts) {
        return counts.isEmpty() ? "no core count" : counts.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
