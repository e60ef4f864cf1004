package corebench.model;

import corebench.workload.Kernel;
import corebench.workload.Task;
import java.util.List;

/**
 * A parent for {@link ParentDeathTest}: starts a process pool, proves it works, prints its workers' pids
 * on one line and waits to be killed.
 */
public final class OrphanedPoolMain {

    private OrphanedPoolMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ProcessPoolModel pool = new ProcessPoolModel(Integer.parseInt(args[0]));
        pool.run(List.of(new Task(Kernel.ECHO, 1)));
        System.out.println("pids " + String.join(" ", pool.pids().stream().map(String::valueOf).toList()));
        System.out.flush();
        Thread.sleep(600_000);
    }
}
