package corebench.report.analysis;

import corebench.report.results.Estimate;
import corebench.report.results.Measurement;
import corebench.report.results.ResourceReader;
import corebench.report.results.ResourcesPerOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@link CoreAccount} of every measurement of a run, scenario by scenario, model by model. */
public final class CoreAccounts {
    private static final String SEQUENTIAL = "sequential";

    private CoreAccounts() {
    }

    /** Every measurement's account, in the analysis's order (scenarios, models, rows). */
    public static List<CoreAccount> of(RunAnalysis analysis) {
        ResourceReader reader = new ResourceReader();
        ClockSteps clock = ClockSteps.of(analysis.results());
        List<CoreAccount> accounts = new ArrayList<>();
        for (ScenarioAnalysis s : analysis.scenarios()) {
            Optional<Measurement> sequential = s.models().stream().filter(m -> m.model().equals(SEQUENTIAL))
                    .flatMap(m -> m.rows().stream()).map(Row::measurement)
                    .filter(m -> reader.of(m).present())
                    .min(Comparator.comparingInt(Measurement::cores));
            for (ModelSeries m : s.models()) {
                for (Row r : m.rows()) {
                    accounts.add(account(r.measurement(), reader.of(r.measurement()),
                            sequential.map(q -> new Baseline(q, reader.of(q))).orElse(null), clock));
                }
            }
        }
        return accounts;
    }

    /** The account of {@code m} among {@code accounts}: same scenario, model, cores and workers. */
    public static Optional<CoreAccount> find(List<CoreAccount> accounts, Measurement m) {
        return accounts.stream().filter(a -> a.scenario().equals(m.scenario()) && a.model().equals(m.model())
                && a.cores() == m.cores() && a.workers() == m.workers()).findFirst();
    }

    /** The sequential run the work is taken from, and its breakdown. */
    record Baseline(Measurement measurement, ResourcesPerOp resources) {
    }

    /** One measurement's account; {@code baseline} null when the scenario has no sequential run with a breakdown. */
    static CoreAccount account(Measurement m, ResourcesPerOp r, Baseline baseline, ClockSteps clock) {
        double coreSeconds = m.cores() * m.secondsPerOp().value();
        double user = user(r);
        double system = r.get("systemMs") * windowScale(r);
        double own = user + system;
        double jvmThreads = jvmThreads(r);
        double work = Double.NaN;
        double clockLoss = Double.NaN;
        if (baseline != null) {
            ResourcesPerOp b = baseline.resources();
            work = (user(b) - jvmThreads(b)) * workRatio(m, baseline.measurement());
            clockLoss = work * (clockRatio(clock, baseline.measurement().cores(), m.cores()) - 1);
        }
        // unmeasured clock: its loss stays inside the user overhead
        double measuredClockLoss = Double.isFinite(clockLoss) ? clockLoss : 0;
        double userOverhead = user - work - measuredClockLoss - jvmThreads;
        double busy = r.get("stepCpuBusyMs");
        double others = Math.max(0, busy - own);
        double idle = r.get("stepCpuIdleMs");
        double steal = r.get("stepCpuStealMs");
        double residual = coreSeconds - (work + measuredClockLoss + jvmThreads + system + userOverhead + others + idle + steal);
        // the capacity check's shortfall that neither the steal nor the neighbours nor the clock explain (none where
        // they were not measured), moved out of the parts where it landed: it counts once
        double hidden = positive(shortfall(m, r) - steal - others - measuredClockLoss);
        double fromResidual = Math.min(hidden, positive(residual));
        double fromUser = Math.min(hidden - fromResidual, positive(userOverhead));
        return new CoreAccount(m.scenario(), m.model(), m.cores(), m.workers(), coreSeconds, work, clockLoss,
                jvmThreads, system, userOverhead - fromUser, others, idle, steal + fromResidual + fromUser,
                residual - fromResidual, r);
    }

    /**
     * Core-seconds per operation the step's CPUs did not deliver by the capacity check: (n − the counted forks'
     * mean delivered CPUs) × seconds per operation, n the CPUs the forks ran on ({@code stepCpuCount}, else k);
     * 0 where the capacity was not recorded or reached n.
     */
    private static double shortfall(Measurement m, ResourcesPerOp r) {
        double[] delivered = m.capacity().known();
        if (delivered.length == 0) {
            return 0;
        }
        double cpus = Double.isFinite(r.get(ResourcesPerOp.STEP_CPU_COUNT)) ? r.get(ResourcesPerOp.STEP_CPU_COUNT) : m.cores();
        return Math.max(0, cpus - Arrays.stream(delivered).average().orElseThrow()) * m.secondsPerOp().value();
    }

    /** {@code v} where it is a positive number, else 0: what a part holds that can be moved out of it. */
    private static double positive(double v) {
        return Double.isFinite(v) && v > 0 ? v : 0;
    }

    /** User CPU per operation, in the measured window ({@link #windowScale}). */
    private static double user(ResourcesPerOp r) {
        return r.get("userMs") * windowScale(r);
    }

    /**
     * The user/system split is read around the measured window, and reading it costs CPU of its own: its total is
     * scaled to the window's own CPU time ({@code cpuMs}) where that was recorded.
     */
    private static double windowScale(ResourcesPerOp r) {
        double split = r.get("userMs") + r.get("systemMs");
        return Double.isFinite(r.get("cpuMs")) && split > 0 ? r.get("cpuMs") / split : 1;
    }

    private static double jvmThreads(ResourcesPerOp r) {
        return r.get("gcCpuMs") + r.get("jitCpuMs") + r.get("vmThreadCpuMs");
    }

    /** How many times the sequential operation's work this operation does (weak scaling: more); 1 if not recorded. */
    private static double workRatio(Measurement m, Measurement sequential) {
        Optional<String> unit = m.work().keySet().stream().findFirst();
        if (unit.isEmpty() || !sequential.work().containsKey(unit.get())) {
            return 1;
        }
        return m.work().get(unit.get()) / sequential.work().get(unit.get());
    }

    /** GHz at {@code base} cores / GHz at {@code cores}: how much longer the same work takes; NaN if not measured. */
    private static double clockRatio(ClockSteps clock, int base, int cores) {
        Estimate at = clock.ghzByCores().get(cores);
        Estimate from = clock.ghzByCores().get(base);
        return at == null || from == null ? Double.NaN : from.value() / at.value();
    }
}
