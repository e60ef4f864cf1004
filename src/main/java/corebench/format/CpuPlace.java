package corebench.format;

/**
 * Where one logical CPU sits, as machine.json's {@code cpuRestriction.topology.cpus[]} records it: written by the
 * sweep from the machine, read by the reporter to tell where a step's CPUs add SMT siblings or a second socket.
 *
 * @param cpu    the OS's CPU number (what taskset takes)
 * @param core   the physical core's id, unique within its socket only
 * @param socket the physical package
 * @param node   the NUMA node (0 where the OS reports none)
 */
public record CpuPlace(int cpu, int core, int socket, int node) {

    /** The physical core, unique on the machine: socket and core id together. */
    public long physicalCore() {
        return (long) socket << 32 | (core & 0xffffffffL);
    }
}
