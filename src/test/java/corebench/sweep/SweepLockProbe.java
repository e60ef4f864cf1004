package corebench.sweep;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests of other packages check JMH's lock the way a sweep does before it starts. */
public final class SweepLockProbe {
    /**
     * How long a killed JVM may still hold its locks: /proc shows its command line empty as soon as its memory is
     * released, a moment before its files (and their locks) are.
     */
    private static final long EXITING_MILLIS = 3000;

    private SweepLockProbe() {
    }

    /**
     * Throws, naming the holder, if another JMH run holds the lock in {@code tmpDir} after the JVMs that were seen to
     * end had time to finish exiting.
     */
    public static void assertJmhLockFree(Path tmpDir) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + EXITING_MILLIS * 1_000_000;
        while (true) {
            try {
                SweepLock.checkJmhLockFree(tmpDir);
                return;
            } catch (IOException held) {
                if (System.nanoTime() > deadline) {
                    throw held;
                }
                Thread.sleep(50);
            }
        }
    }
}
