package corebench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The processes of this machine whose command line contains a marker unique to one test (its own temp dir,
 * which corebench passes to every JVM it starts): other developers' and other tests' JVMs never count.
 */
final class MarkedProcesses {
    private MarkedProcesses() {
    }

    /** Pids whose {@code /proc/<pid>/cmdline} contains {@code marker}. */
    static List<Long> find(String marker) {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmdline = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                    if (cmdline.contains(marker)) {
                        pids.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException e) {
                    // it ended while we looked
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list /proc", e);
        }
        return pids;
    }

    /** Waits until none is left or {@code seconds} pass; returns the seconds it took, or -1 if some survived. */
    static double secondsUntilNoneLeft(String marker, double seconds) throws InterruptedException {
        long t0 = System.nanoTime();
        while (!find(marker).isEmpty()) {
            if (System.nanoTime() - t0 > seconds * 1e9) {
                return -1;
            }
            Thread.sleep(50);
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
