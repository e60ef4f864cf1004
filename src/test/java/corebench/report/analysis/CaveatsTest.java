package corebench.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.ResultFixtures;
import corebench.report.results.ResultsReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warnings box holds what changes the reading, one line per kind listing its scenarios; the rest
 * are notes, and repeated notes of one kind are one line.
 */
class CaveatsTest {

    @TempDir
    Path dir;

    @Test
    void theReferenceRunsWarningsAreOneLinePerKind() throws Exception {
        RunAnalysis a = RunAnalysis.of(ResultsReader.read(List.of(Path.of("results/amd-epyc-2cpu/20261121T080228Z"))));
        Caveats c = Caveats.of(a);
        // one fork per result: none is claimed, so no interval is wide and no curve is fitted to 2 core counts; the one
        // efficiency above 100% (with no interval) is flagged on a line of its own
        assertThat(c.box()).hasSize(2);
        assertThat(c.box().get(0)).startsWith("168 of 168 results are not claimed")
                .endsWith("one fork: no fork-to-fork spread to build an interval from (168)");
        assertThat(c.box().get(1)).startsWith("montecarlo kernel=scalar, scaling=weak: process-pool on 2 cores: efficiency 101%")
                .contains("is above 100% and has no interval (not claimed)");
        // eight scenarios with one core count: one note listing them, not eight
        assertThat(c.notes()).filteredOn(n -> n.contains("only one core count")).singleElement().asString()
                .startsWith("grid bandsPerWorker=4, kernel=jacobi, size=4096, granularity chunkSize=1, ")
                .endsWith(", startup start=warm: only one core count ([2]), so no speedup curve and no fit;"
                        + " tables and throughput only");
        assertThat(c.all()).hasSize(c.box().size() + c.notes().size());
    }

    @Test
    void unrestrictedAndUnfinishedRunsGoInTheBox() throws Exception {
        Path run = ResultFixtures.copy("unrestricted", dir);
        ResultFixtures.editMachine(run, m -> m.put("complete", false));
        Caveats c = Caveats.of(RunAnalysis.of(ResultsReader.read(List.of(run))));
        assertThat(c.box()).anyMatch(w -> w.startsWith("CPUs were not restricted per step (not available (run by hand"
                        + " without CPU restriction)): every core count ran on all CPUs"))
                .anyMatch(w -> w.equals(run.resolve("machine.json") + ": " + ResultsReader.UNFINISHED));
        assertThat(c.notes()).noneMatch(w -> w.endsWith(ResultsReader.UNFINISHED));
    }

    @Test
    void aRestrictedFinishedPreciseRunOnlyShowsItsFitsAtABound() throws Exception {
        // synthetic Amdahl data with 1% noise: the USL puts kappa at its bound 0 for some models (which ones
        // depends on the order the fixture draws its noise in), nothing else changes the reading
        Caveats c = Caveats.of(RunAnalysis.of(ResultsReader.read(List.of(ResultFixtures.syntheticSweep(dir)))));
        assertThat(c.box()).singleElement().asString().startsWith("fits that hit a bound of their parameters (a limit,"
                + " not a measured value; see the flags): montecarlo (");
    }
}
