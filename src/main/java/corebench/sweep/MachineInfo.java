package corebench.sweep;

import corebench.format.MachineParts.Cache;
import corebench.format.MachineParts.Cpu;
import corebench.format.MachineParts.Jvm;
import corebench.format.MachineParts.Memory;
import corebench.format.MachineParts.Os;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.software.os.OperatingSystem;

/**
 * What a result was measured on: CPU, memory, OS and JVM, read through OSHI and the JVM itself.
 * Hostnames are left out unless asked for, so that result folders are safe to share.
 */
public record MachineInfo(String machineId, Cpu cpu, Memory memory, Os os, Jvm jvm, String hostname) {

    /** Describes this machine; the hostname only if {@code withHostname}. */
    public static MachineInfo current(boolean withHostname) {
        SystemInfo si = new SystemInfo();
        HardwareAbstractionLayer hw = si.getHardware();
        CentralProcessor p = hw.getProcessor();
        CentralProcessor.ProcessorIdentifier id = p.getProcessorIdentifier();
        List<Cache> caches = p.getProcessorCaches().stream()
                .map(c -> new Cache(c.getLevel(), c.getType().name(), Integer.toUnsignedLong(c.getCacheSize()),
                        c.getAssociativity(), c.getLineSize()))
                .toList();
        String model = id.getName() == null ? "unknown CPU" : id.getName().trim();
        Cpu cpu = new Cpu(model, id.getVendor(), id.getMicroarchitecture(), id.getIdentifier(),
                p.getPhysicalPackageCount(), p.getPhysicalProcessorCount(), p.getLogicalProcessorCount(),
                id.getVendorFreq(), p.getMaxFreq(), caches);
        OperatingSystem os = si.getOperatingSystem();
        return new MachineInfo(machineId(model, cpu.logicalCores()), cpu,
                new Memory(hw.getMemory().getTotal(), hw.getMemory().getPageSize()),
                new Os(os.getFamily(), os.getVersionInfo().getVersion(), os.getVersionInfo().getCodeName(),
                        System.getProperty("os.version"), System.getProperty("os.arch")),
                new Jvm(System.getProperty("java.vendor"), System.getProperty("java.version"),
                        System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
                        System.getProperty("java.home")),
                withHostname ? localHostname() : null);
    }

    /** The id of this machine, as used for results/ and charts/ folders. */
    public static String currentMachineId() {
        CentralProcessor p = new SystemInfo().getHardware().getProcessor();
        String name = p.getProcessorIdentifier().getName();
        return machineId(name == null ? "unknown CPU" : name, p.getLogicalProcessorCount());
    }

    /** A file-name-safe slug of the CPU model and the logical CPU count, e.g. {@code amd-epyc-2cpu}. */
    static String machineId(String cpuModel, int logicalCores) {
        String slug = cpuModel.toLowerCase(Locale.ROOT)
                .replaceAll("\\((r|tm)\\)", "")
                .replaceAll("\\b(cpu|processor|\\d+-core)\\b", "")
                .replaceAll("@.*$", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "unknown" : slug) + "-" + logicalCores + "cpu";
    }

    private static String localHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return null;
        }
    }
}
