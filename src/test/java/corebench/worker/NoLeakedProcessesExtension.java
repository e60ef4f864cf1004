package corebench.worker;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves any descendant process of the test JVM running, and kills those processes so
 * that one failing test does not make the next ones fail too.
 */
public final class NoLeakedProcessesExtension implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        List<ProcessHandle> left = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
        if (left.isEmpty()) {
            return;
        }
        String described = left.stream()
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("(command unknown)"))
                .collect(Collectors.joining("; "));
        for (ProcessHandle p : left) {
            p.destroyForcibly();
        }
        for (ProcessHandle p : left) {
            p.onExit().get(10, TimeUnit.SECONDS);
        }
        throw new AssertionError(context.getDisplayName() + " left " + left.size() + " process(es) running: " + described);
    }
}
