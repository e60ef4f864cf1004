package corebench.report.results;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.format.SharedMemoryNote;
import corebench.report.ResultFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: when /dev/shm was too small the grids went to a disk-backed folder unrecorded. A run's machine.json now
 * says so and the report warns, in its own words (never the note's text).
 */
class SharedMemoryOnDiskTest {
    @TempDir
    Path dir;

    @Test
    void aRunWhoseGridsWereOnDiskIsReportedSo() throws Exception {
        Path run = ResultFixtures.copy("restricted", dir);
        ResultFixtures.editMachine(run, m -> m.putArray("notes").add(SharedMemoryNote.of("/dev/shm has 63 MiB free <script>")));
        List<String> warnings = ResultsReader.read(List.of(run)).warnings();
        assertThat(warnings).singleElement().asString().contains("disk-backed folder, not in memory")
                .contains("page cache").doesNotContain("<script>");
    }
}
