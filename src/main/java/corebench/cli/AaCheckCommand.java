package corebench.cli;

import corebench.report.judge.AaCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corebench aa-check}: the A/A figures of several runs of the same plan ({@link AaCheck}). Reads
 * folders only; exit 0 with the figures, 1 with one line when they cannot be computed.
 */
@Command(name = "aa-check", mixinStandardHelpOptions = true,
        description = {"Checks the instrument: given several runs of the same plan, the share of results (and of"
                + " speedups) whose run-to-run difference exceeds their combined 99.9%% interval, which should be"
                + " about 0.1%%, the share of results not claimed, and the share of forks set aside because the machine"
                + " did not deliver their step's CPUs."})
public class AaCheckCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "RUN_DIR",
            description = "Results folders of runs of the same plan on one machine (results/<machine-id>/<timestamp>).")
    List<Path> runs = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return OutputCommands.run(spec, "aa-check", "the A/A figures", (out, err) ->
                AaCheck.of(runs).lines().forEach(out::println));
    }
}
