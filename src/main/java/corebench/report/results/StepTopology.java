package corebench.report.results;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import corebench.format.CpuList;
import corebench.format.CpuPlace;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What each core-count step of a run occupied, from {@code machine.json}: the CPUs of each step
 * ({@code plan.steps[].cpus}) placed on the machine's topology ({@code cpuRestriction.topology}), so the
 * charts can mark where SMT siblings and a second socket join.
 *
 * @param cpuOrder {@code spread} or {@code compact} ({@code null}: not recorded)
 * @param steps    one per core count, in increasing order; empty when the topology was not recorded
 */
public record StepTopology(String cpuOrder, List<Step> steps) {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public StepTopology {
        steps = List.copyOf(steps);
    }

    /**
     * One step.
     *
     * @param cores         its core count
     * @param physicalCores distinct physical cores among its CPUs
     * @param sockets       distinct sockets among its CPUs
     */
    public record Step(int cores, int physicalCores, int sockets) {

        /** Whether two of the step's CPUs are SMT siblings of one core. */
        public boolean smt() {
            return physicalCores < cores;
        }
    }

    /**
     * A place on the cores axis where the hardware under the curve changes.
     *
     * @param from   the first core count with the change
     * @param before the core count before it
     * @param what   in words, e.g. {@code SMT siblings}
     */
    public record Boundary(int from, int before, String what) {

        /** Where a marker goes on a log axis: halfway between the two core counts. */
        public double x() {
            return Math.sqrt((double) from * before);
        }
    }

    /** No topology recorded. */
    public static StepTopology none() {
        return new StepTopology(null, List.of());
    }

    /** The boundaries between consecutive steps: the first step using SMT siblings, the first spanning two sockets. */
    public List<Boundary> boundaries() {
        List<Boundary> out = new ArrayList<>();
        for (int i = 1; i < steps.size(); i++) {
            Step prev = steps.get(i - 1);
            Step s = steps.get(i);
            if (s.smt() && !prev.smt()) {
                out.add(new Boundary(s.cores(), prev.cores(), "SMT siblings"));
            }
            if (s.sockets() > 1 && prev.sockets() <= 1) {
                out.add(new Boundary(s.cores(), prev.cores(), "second socket"));
            }
        }
        return out;
    }

    /** The step of {@code cores}, if recorded. */
    public Optional<Step> step(int cores) {
        return steps.stream().filter(s -> s.cores() == cores).findFirst();
    }

    static StepTopology of(JsonNode root) {
        try {
            return read(root);
        } catch (IllegalArgumentException e) {
            return new StepTopology(null, List.of()); // ResultsReader warns with problem(root)
        }
    }

    /** Why the step topology of {@code root} cannot be read (it is then left out), if it cannot. */
    static Optional<String> problem(JsonNode root) {
        try {
            read(root);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static StepTopology read(JsonNode root) {
        JsonNode restriction = root.path("cpuRestriction");
        Map<Integer, CpuPlace> where = new HashMap<>();
        try {
            for (JsonNode cpu : restriction.path("topology").path("cpus")) {
                CpuPlace place = JSON.convertValue(cpu, CpuPlace.class);
                where.put(place.cpu(), place);
            }
        } catch (IllegalArgumentException unreadable) {
            where.clear(); // a topology this reader cannot read: no boundaries rather than wrong ones
        }
        String order = restriction.path("order").isTextual() ? Untrusted.visible(restriction.path("order").asText()) : null;
        if (where.isEmpty()) {
            return new StepTopology(order, List.of());
        }
        List<Step> steps = new ArrayList<>();
        int index = 0;
        for (JsonNode step : root.path("plan").path("steps")) {
            Set<Long> cores = new TreeSet<>();
            Set<Long> sockets = new TreeSet<>();
            SortedSet<Integer> cpus;
            try {
                cpus = CpuList.parse(step.path("cpus").asText(""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("plan.steps[" + index + "].cpus " + e.getMessage());
            }
            index++;
            for (int cpu : cpus) {
                CpuPlace place = where.get(cpu);
                if (place == null) {
                    return new StepTopology(order, List.of()); // a CPU the topology does not list: do not guess
                }
                sockets.add((long) place.socket());
                cores.add(place.physicalCore());
            }
            steps.add(new Step(step.path("cores").asInt(), cores.size(), sockets.size()));
        }
        steps.sort(Comparator.comparingInt(Step::cores));
        return new StepTopology(order, steps);
    }
}
