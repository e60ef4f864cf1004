package corebench.worker;

import corebench.workload.Backoff;
import corebench.workload.MappedWorkQueue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A consumer JVM of the queue workload: maps the {@link MappedWorkQueue} at the path it is given, then
 * takes task numbers from it until it takes a stop, running each task and marking it done, as the seeds'
 * worker processes do with their {@code JoinableQueue}. Arguments: {@code queue-path consumer-index}.
 *
 * <p>It never outlives its parent: it halts when its stdin ends (the parent closed it or died) and when
 * the parent process exits, whichever it sees first, even in the middle of a task. stdout is unused.
 */
public final class QueueConsumerMain {
    /** Exit status after bad arguments or a queue that cannot be mapped. */
    static final int EXIT_BAD_START = 2;
    /** Exit status when the parent ended first. */
    static final int EXIT_PARENT_GONE = 3;

    private QueueConsumerMain() {
    }

    public static void main(String[] args) {
        System.setOut(System.err);
        ProcessHandle.current().parent().ifPresent(parent ->
                parent.onExit().thenRun(() -> Runtime.getRuntime().halt(EXIT_PARENT_GONE)));
        Thread.ofPlatform().daemon().name("corebench-consumer-stdin").start(() -> haltAtEndOf(System.in));
        MappedWorkQueue queue;
        int consumer;
        try {
            consumer = Integer.parseInt(args[1]);
            queue = MappedWorkQueue.open(Path.of(args[0]));
        } catch (RuntimeException e) {
            System.err.println("corebench queue consumer: cannot start (" + e.getMessage() + "); arguments: queue-path consumer-index");
            Runtime.getRuntime().halt(EXIT_BAD_START);
            return;
        }
        queue.consumerReady();
        consume(queue, consumer);
        Runtime.getRuntime().halt(0);
    }

    /** The seeds' consumer loop: get, run, task_done, until a stop. */
    static void consume(MappedWorkQueue queue, int consumer) {
        Backoff backoff = new Backoff();
        while (true) {
            long task = queue.tryGet();
            if (task == MappedWorkQueue.EMPTY) {
                backoff.idle();
                continue;
            }
            backoff.reset();
            if (task == MappedWorkQueue.STOP) {
                return;
            }
            queue.taskDone(consumer, task, queue.run(consumer, task));
        }
    }

    /** Reads until end of input, then halts: the parent is done with us or gone. */
    static void haltAtEndOf(InputStream in) {
        byte[] buffer = new byte[64];
        try {
            while (in.read(buffer) >= 0) {
                // nothing is sent on stdin; it only signals the parent's end
            }
        } catch (IOException e) {
            // a broken pipe is the parent's end too
        }
        Runtime.getRuntime().halt(EXIT_PARENT_GONE);
    }
}
