package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a result's build comes from: git in a checkout, the archive's build file in an archive. */
class BuildInfoTest {
    @TempDir
    Path dir;

    @AfterEach
    void notInAnArchive() {
        System.clearProperty(BuildInfo.ARCHIVE_PROPERTY);
    }

    @Test
    void anArchiveRecordsTheBuildItWasMadeFromNotTheCheckoutItRunsIn() throws Exception {
        Path checkout = Path.of("").toAbsolutePath();
        Path archive = dir.resolve("corebench-9.9-linux-x64");
        BuildInfo.main(new String[] {checkout.toString(), archive.resolve(BuildInfo.ARCHIVE_BUILD_FILE).toString(),
                "corebench-9.9-linux-x64"});
        BuildInfo ofCheckout = BuildInfo.of(checkout);

        System.setProperty(BuildInfo.ARCHIVE_PROPERTY, archive.toString());
        BuildInfo ofArchive = BuildInfo.of(checkout);
        assertThat(ofArchive).isEqualTo(new BuildInfo(ofCheckout.version(), ofCheckout.revision(), ofCheckout.dirty(),
                ofCheckout.diffHash(), "corebench-9.9-linux-x64"));
        assertThat(ofArchive.sameCodeAs(ofCheckout)).isEqualTo(!"unknown".equals(ofCheckout.revision()));
        assertThat(BuildInfo.launcher()).isEqualTo("./corebench");

        // its build file gone, the build is unknown: never that of the git checkout it happens to run in
        Files.delete(archive.resolve(BuildInfo.ARCHIVE_BUILD_FILE));
        assertThat(BuildInfo.of(checkout).revision()).isEqualTo("unknown");
    }

    @Test
    void aCheckoutRecordsNoArchive() {
        assertThat(BuildInfo.of(Path.of("").toAbsolutePath()).archive()).isNull();
        assertThat(BuildInfo.launcher()).isEqualTo("scripts/corebench");
    }
}
