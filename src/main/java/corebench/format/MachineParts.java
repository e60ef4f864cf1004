package corebench.format;

import java.util.List;

/**
 * The parts of {@code machine.json} that describe the machine a run was measured on: the sweep writes them (read
 * through OSHI and the JVM), the reporter reads them back. Plain records: a field a file lacks reads as
 * {@code null} or 0.
 */
public final class MachineParts {

    private MachineParts() {
    }

    /** The processor: identity, topology, frequencies and caches. */
    public record Cpu(String model, String vendor, String microarchitecture, String identifier, int sockets,
                      int physicalCores, int logicalCores, long vendorFrequencyHz, long maxFrequencyHz,
                      List<Cache> caches) {
    }

    /** One cache level as the OS reports it. */
    public record Cache(int level, String type, long sizeBytes, int associativity, int lineSize) {
    }

    /** Installed memory. */
    public record Memory(long totalBytes, long pageSizeBytes) {
    }

    /** Operating system and kernel. */
    public record Os(String family, String version, String codeName, String kernel, String arch) {
    }

    /** The JVM the benchmarks (and their child JVMs) ran on. */
    public record Jvm(String vendor, String version, String vmName, String vmVersion, String home) {
    }
}
