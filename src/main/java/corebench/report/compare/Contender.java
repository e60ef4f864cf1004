package corebench.report.compare;

import corebench.report.analysis.RunAnalysis;
import corebench.report.results.Machine;
import java.nio.file.Path;

/**
 * One machine in a comparison: its results folder, the name it goes by in charts and tables, and the
 * analysis of its results.
 *
 * @param label    the legend name: {@code --label}, else the machine id
 * @param folder   the run folder read (for a machine folder given on the command line, its newest run)
 * @param analysis the reporter's analysis of that folder
 */
public record Contender(String label, Path folder, RunAnalysis analysis) {

    /** What the results ran on. */
    public Machine machine() {
        return analysis.results().machine();
    }
}
