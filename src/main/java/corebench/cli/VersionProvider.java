package corebench.cli;

import corebench.sweep.BuildInfo;
import java.nio.file.Path;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the corebench version and revision, and the JVM it runs on. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        BuildInfo b = BuildInfo.of(Path.of("").toAbsolutePath());
        return new String[] {"corebench " + b.version() + " (" + b.revision() + (b.dirty() ? ", modified" : "") + ")",
                "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")};
    }
}
