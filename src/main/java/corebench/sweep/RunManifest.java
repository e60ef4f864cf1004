package corebench.sweep;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import corebench.bench.Work;
import corebench.cluster.ClusterDescription;
import corebench.format.HardwareEvents;
import corebench.format.MachineParts;
import corebench.format.RoundsDone;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The content of a run folder's {@code machine.json}: what was measured, where, with which build and command, and how
 * far the run got (docs/results-format.md).
 *
 * @param formatVersion  format version of the results beside it ({@link Work#FORMAT_VERSION})
 * @param status         {@code running}, {@code complete}, {@code interrupted} or {@code failed}
 * @param cluster        the real cluster of {@code sweep --cluster}, or {@code null} (loopback members)
 * @param rounds         how far the rounds got; {@code null} before the first ended and in runs made before rounds
 * @param hardwareEvents whether the forks counted hardware events ({@link PerfProbe}); {@code null}: not probed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RunManifest(int schema, int formatVersion, String machineId, MachineParts.Cpu cpu, MachineParts.Memory memory,
                          MachineParts.Os os, MachineParts.Jvm jvm, String hostname, BuildInfo corebench,
                          CpuRestriction cpuRestriction, String command, SweepPlan plan, String startedUtc,
                          String finishedUtc, String status, List<String> notes, ClusterDescription cluster,
                          RoundsDone rounds, HardwareEvents hardwareEvents) {
    /** The current format version. */
    public static final int SCHEMA = 1;

    /** A new manifest for a run that is starting. */
    public static RunManifest starting(MachineInfo machine, BuildInfo build, CpuRestriction restriction,
                                       String command, SweepPlan plan, String startedUtc) {
        return new RunManifest(SCHEMA, Work.FORMAT_VERSION, machine.machineId(), machine.cpu(), machine.memory(), machine.os(),
                machine.jvm(), machine.hostname(), build, restriction, command, plan, startedUtc, null,
                "running", List.of(), null, null, null);
    }

    /** The fields a resume needs that this manifest lacks (a hand-edited or foreign machine.json), by name. */
    public List<String> missingForResume() {
        List<String> missing = new ArrayList<>();
        if (machineId == null) {
            missing.add("machineId");
        }
        if (corebench == null || corebench.revision() == null) {
            missing.add("corebench.revision");
        }
        if (jvm == null || jvm.version() == null) {
            missing.add("jvm.version");
        }
        if (cpuRestriction == null) {
            missing.add("cpuRestriction");
        }
        if (plan == null || plan.jmh() == null || plan.steps() == null || plan.steps().isEmpty()) {
            missing.add("plan (its steps and jmh settings)");
        }
        return missing;
    }

    /** This manifest with a final status and time. */
    public RunManifest finished(String newStatus, String finishedAt) {
        return with(plan, finishedAt, newStatus, notes, cluster, rounds, hardwareEvents);
    }

    /** This manifest with one more note. */
    public RunManifest withNote(String note) {
        return with(plan, finishedUtc, status, Stream.concat(Stream.ofNullable(notes).flatMap(List::stream), Stream.of(note))
                .toList(), cluster, rounds, hardwareEvents);
    }

    /** This manifest with its plan amended (runs left out when they were to start). */
    public RunManifest withPlan(SweepPlan amended) {
        return with(amended, finishedUtc, status, notes, cluster, rounds, hardwareEvents);
    }

    /** This manifest for a run on a real cluster. */
    public RunManifest withCluster(ClusterDescription onCluster) {
        return with(plan, finishedUtc, status, notes, onCluster, rounds, hardwareEvents);
    }

    /** This manifest with how far its rounds got. */
    public RunManifest withRounds(RoundsDone done) {
        return with(plan, finishedUtc, status, notes, cluster, done, hardwareEvents);
    }

    /** This manifest with what the hardware-event probe found. */
    public RunManifest withHardwareEvents(HardwareEvents events) {
        return with(plan, finishedUtc, status, notes, cluster, rounds, events);
    }

    /** This manifest with the fields a sweep changes as it goes. */
    private RunManifest with(SweepPlan plan, String finishedUtc, String status, List<String> notes, ClusterDescription cluster,
                             RoundsDone rounds, HardwareEvents hardwareEvents) {
        return new RunManifest(schema, formatVersion, machineId, cpu, memory, os, jvm, hostname, corebench, cpuRestriction,
                command, plan, startedUtc, finishedUtc, status, notes, cluster, rounds, hardwareEvents);
    }

    /** How far its rounds got; none yet for a new run. */
    public RoundsDone roundsOrNone() {
        return rounds != null ? rounds : new RoundsDone(plan.jmh().forks(), Rounds.planned(plan), 0, 0);
    }
}
