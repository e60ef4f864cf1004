package corebench.report;

import java.nio.file.Files;
import java.nio.file.Path;

/** For {@link OutputFolderTest}: replaces the folder {@code args[0]} with a writer that never finishes. */
public final class SlowOutput {
    private SlowOutput() {
    }

    public static void main(String[] args) throws Exception {
        OutputFolder.replace(Path.of(args[0]), dir -> {
            Files.writeString(dir.resolve("a.txt"), "half");
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
