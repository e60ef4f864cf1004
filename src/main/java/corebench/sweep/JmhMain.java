package corebench.sweep;

import corebench.worker.ParentWatch;
import org.openjdk.jmh.Main;

/**
 * The main class of the JMH JVM a sweep starts: JMH's own {@code org.openjdk.jmh.Main} behind a
 * {@link ParentWatch}, so that when the sweep dies without running a hook (SIGKILL) this JVM kills its forks
 * (and their child JVMs) and ends within a fraction of a second instead of measuring on and holding JMH's lock.
 * The forks watch this JVM in their own set-up in turn.
 */
public final class JmhMain {

    private JmhMain() {
    }

    /** JMH's command line, unchanged. */
    public static void main(String[] args) throws Exception {
        ParentWatch.start();
        Main.main(args);
    }
}
