package corebench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves a child process of this JVM behind, after killing it, so that a failing test
 * does not leak processes into the next one (or past the build).
 */
public final class NoStrayProcesses implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(NoStrayProcesses.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("before", pids());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        Set<Long> before = (Set<Long>) context.getStore(NS).get("before");
        List<ProcessHandle> stray = ProcessHandle.current().descendants().filter(p -> !before.contains(p.pid())).toList();
        stray.forEach(ProcessHandle::destroyForcibly);
        assertThat(stray).as("child processes left behind by the test (now killed)").extracting(ProcessHandle::pid).isEmpty();
    }

    private static Set<Long> pids() {
        return ProcessHandle.current().descendants().map(ProcessHandle::pid).collect(Collectors.toSet());
    }
}
