package corebench.model;

import corebench.worker.PingPongPeer;
import corebench.workload.PingPong;
import corebench.workload.Reference;
import corebench.workload.WorkQueue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A parent for {@link ParentDeathTest}: starts queue consumer JVMs and a shared-memory ping-pong child,
 * proves both work, prints the children's pids and its shared-memory files, and waits to be killed.
 */
public final class OrphanedQueueMain {

    private OrphanedQueueMain() {
    }

    public static void main(String[] args) throws Exception {
        ProcessQueueConsumers consumers = (ProcessQueueConsumers) QueueConsumers.start("process-pool", 2, WorkQueue.OWN_QUEUE, 4, 10);
        var tasks = WorkQueue.tasks(1, 10, 100);
        Reference.check(consumers.run(tasks), Reference.of(tasks), "orphaned queue");
        PingPongPeer peer = PingPongPeer.start(PingPong.Mechanism.SHARED_MEMORY);
        peer.roundTrips(10);
        List<String> pids = new ArrayList<>(consumers.pids().stream().map(String::valueOf).toList());
        pids.add(String.valueOf(peer.pid()));
        String prefix = "corebench-";
        String mine = "-" + ProcessHandle.current().pid() + "-";
        List<String> files;
        try (Stream<Path> shm = Files.list(Path.of("/dev/shm"))) {
            files = shm.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix) && n.contains(mine)).toList();
        }
        System.out.println("pids " + String.join(" ", pids) + " files " + String.join(" ", files));
        System.out.flush();
        Thread.sleep(600_000);
    }
}
