package corebench.workload;

/**
 * What a concurrency model is, in the terms a workload's needs are stated in: every model declares its
 * traits, every workload its {@link Need needs}, and one matcher ({@code corebench.bench.Fit}) decides
 * whether a combination runs. Workloads never name models, so a new model runs every workload its
 * traits allow without any workload, plan or benchmark being edited.
 */
public enum Trait {
    /** Tasks run in the submitting JVM: they see its heap objects (locks, atomics, adders). */
    SHARED_HEAP,
    /** Tasks run on this machine and can map the same file (a mapped grid or total). */
    SHARED_MEMORY,
    /** Each worker is a JVM of its own (started for the model: tens of MB and ~40 ms of CPU each). */
    JVM_PER_WORKER,
    /** Each submission starts a fresh JVM: its tasks run before the JIT has compiled anything. */
    JVM_PER_SUBMISSION,
    /** Tasks may run on other machines, reached over the network. */
    REMOTE,
    /**
     * It can keep {@code workers} long-lived consumers of its kind (threads or JVMs) that take tasks from a shared
     * queue as they arrive, rather than one worker per task or a batch split up front.
     */
    QUEUE_CONSUMERS,
    /**
     * Two of its workers can be the two parties of a direct hand-off (ping-pong): threads that park and are woken one
     * by one, or two reused JVMs at the ends of a pipe, rather than a pool that splits work or starts a worker per task.
     */
    TWO_PARTIES,
    /** It runs every task in the calling thread, one after another, whatever its workers: nothing to scale or contend. */
    SERIAL,
    /** Its workers are virtual threads: a waiting one holds no platform thread. */
    VIRTUAL_THREADS
}
