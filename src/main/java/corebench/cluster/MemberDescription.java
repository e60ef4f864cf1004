package corebench.cluster;

/**
 * What one cluster member runs on, as recorded in a cluster run's {@code machine.json}: enough to say how
 * many CPUs stood behind the cluster and which.
 *
 * @param address             the member's address, {@code host:port}
 * @param executorThreads     threads of the member's corebench executor (the tasks it runs at once)
 * @param availableProcessors CPUs the member's JVM may use
 * @param cpuModel            the processor's name as the OS reports it
 * @param physicalCores       physical cores of the member's machine
 * @param logicalCores        logical CPUs of the member's machine
 * @param os                  operating system, version and architecture
 * @param jvm                 JVM vendor and version
 */
public record MemberDescription(String address, int executorThreads, int availableProcessors, String cpuModel,
                                int physicalCores, int logicalCores, String os, String jvm) {
}
