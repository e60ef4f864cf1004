package corebench.sweep;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondSweepIsToldWhoIsRunning() throws IOException {
        try (SweepLock first = SweepLock.acquire(tmp, "first sweep")) {
            assertThatThrownBy(() -> SweepLock.acquire(tmp, "second"))
                    .hasMessageContaining("another corebench sweep is running").hasMessageContaining("first sweep");
        }
        SweepLock.acquire(tmp, "after").close(); // released: free again
    }

    @Test
    void aRunningJmhIsDetectedBeforeMeasuring() throws IOException {
        // a separate process would hold it in real life; a lock held through another channel of this JVM
        // is refused the same way
        try (FileChannel jmh = FileChannel.open(tmp.resolve("jmh.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var held = jmh.lock()) {
            assertThatThrownBy(() -> SweepLock.checkJmhLockFree(tmp)).hasMessageContaining("another JMH run holds");
        }
    }
}
