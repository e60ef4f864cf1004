package corebench.worker;

import java.util.Arrays;
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
        String described = left.stream().map(NoLeakedProcessesExtension::describe).collect(Collectors.joining("; "));
        for (ProcessHandle p : left) {
            p.destroyForcibly();
        }
        for (ProcessHandle p : left) {
            p.onExit().get(10, TimeUnit.SECONDS);
        }
        throw new AssertionError(context.getDisplayName() + " left " + left.size() + " process(es) running: " + described);
    }

    /** The pid and the end of the command line (main class and its arguments), without the long class path. */
    private static String describe(ProcessHandle p) {
        String[] args = p.info().arguments().orElse(new String[0]);
        int from = Math.max(0, args.length - 2);
        return "pid " + p.pid() + " (" + p.info().command().orElse("?") + " ... "
                + String.join(" ", Arrays.copyOfRange(args, from, args.length)) + ")";
    }
}
