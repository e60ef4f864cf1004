package corebench.sweep;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests of other packages check JMH's lock the way a sweep does before it starts. */
public final class SweepLockProbe {
    private SweepLockProbe() {
    }

    /** Throws, naming the holder, if another JMH run holds the lock in {@code tmpDir}. */
    public static void assertJmhLockFree(Path tmpDir) throws IOException {
        SweepLock.checkJmhLockFree(tmpDir);
    }
}
