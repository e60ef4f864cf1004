package corebench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/** What the fuzz suite's property classes share: the cases ({@code @ForAll("cases")}) and a folder per case. */
public abstract class HostileFolderCases {
    private Path root;
    private int cases;

    @BeforeProperty
    protected void createRoot() throws IOException {
        root = Files.createTempDirectory("corebench-fuzz");
    }

    @AfterProperty
    protected void deleteRoot() {
        HostileFolders.delete(root);
    }

    @Provide
    protected Arbitrary<HostileFolders.Case> cases() {
        return HostileFolders.cases();
    }

    /** A new empty folder for the next case. */
    protected Path nextCaseFolder() throws IOException {
        return Files.createDirectories(root.resolve("case" + cases++));
    }
}
