package corebench.model;

import com.hazelcast.cluster.Member;
import com.hazelcast.collection.IQueue;
import corebench.cluster.ClusterClient;
import corebench.cluster.ClusterTarget;
import corebench.cluster.LocalCluster;
import corebench.cluster.QueueConsumer;
import corebench.workload.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Consumers on a Hazelcast cluster sharing its {@code IQueue}: {@code workers} loopback member JVMs (as
 * the {@code cluster} model starts them), one {@link QueueConsumer} running on each member's single
 * executor thread, taking {@code {task, kernel, args}} items from one queue and putting
 * {@code {task, result}} on a second; this JVM, a client, puts the tasks and joins by taking one done
 * item per task (IQueue has no task_done). A queue lives in one partition, so one member takes its items
 * locally and the others over loopback TCP: that is part of what a cluster queue costs.
 *
 * <p>Every done item must name a task not done before; a consumer that fails ends its member's task
 * with the exception, which fails the batch. Only clusters the model starts itself (a real cluster from
 * {@code sweep --cluster} is refused, with the reason).
 */
final class ClusterQueueConsumers implements QueueConsumers {
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

    private final int workers;
    private final LocalCluster local;
    private final ClusterClient client;
    private final IQueue<long[]> work;
    private final IQueue<long[]> done;
    private final List<Future<Long>> consumers = new ArrayList<>();
    private final Duration timeout = BatchTimeout.configured();
    private boolean closed;

    ClusterQueueConsumers(int workers) {
        if (ClusterTarget.fromSystemProperties() != null) {
            throw new IllegalArgumentException("not run: the queue workload runs on the loopback cluster it starts, not on a real cluster");
        }
        this.workers = workers;
        LocalCluster started = null;
        ClusterClient connected = null;
        try {
            started = LocalCluster.start(workers);
            connected = ClusterClient.connect(started.clusterName(), started.addresses(), workers);
            String id = UUID.randomUUID().toString();
            this.work = connected.queue("corebench-work-" + id);
            this.done = connected.queue("corebench-done-" + id);
            for (Member m : connected.members()) {
                consumers.add(connected.executor(1).submitToMember(new QueueConsumer(work.getName(), done.getName()), m));
            }
        } catch (RuntimeException e) {
            if (connected != null) {
                connected.close();
            }
            if (started != null) {
                started.close();
            }
            throw new ModelException(kind().id() + ": " + e.getMessage(), e);
        }
        this.local = started;
        this.client = connected;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.CLUSTER;
    }

    @Override
    public int workers() {
        return workers;
    }

    /** The member JVMs' process ids. */
    List<Long> memberPids() {
        return local.pids();
    }

    @Override
    public synchronized long[] run(List<Task> tasks) {
        if (closed) {
            throw new IllegalStateException(kind().id() + " queue consumers are closed");
        }
        int n = tasks.size();
        long[] results = new long[n];
        boolean[] seen = new boolean[n];
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (int i = 0; i < n; i++) {
                long[] item = new long[2 + tasks.get(i).arity()];
                item[0] = i;
                item[1] = tasks.get(i).kernel().wireId();
                System.arraycopy(tasks.get(i).args(), 0, item, 2, tasks.get(i).arity());
                work.put(item);
            }
            int got = 0;
            while (got < n) {
                long[] d = done.poll(1, TimeUnit.SECONDS);
                if (d == null) {
                    checkConsumers(got, n, deadline);
                    continue;
                }
                int task = (int) d[0];
                if (task < 0 || task >= n || seen[task]) {
                    throw new ModelException(kind().id() + " queue: task " + task + " reported done " + (task < 0 || task >= n
                            ? "but no such task was put" : "twice"));
                }
                seen[task] = true;
                results[task] = d[1];
                got++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException(kind().id() + ": interrupted while putting or joining", e);
        }
        return results;
    }

    /** While waiting for dones: fails if a consumer has ended (it threw) or the deadline passed. */
    private void checkConsumers(int got, int n, long deadline) throws InterruptedException {
        for (Future<Long> c : consumers) {
            if (c.isDone()) {
                try {
                    c.get();
                    throw new ModelException(kind().id() + " queue: a consumer stopped early; " + got + " of " + n + " tasks done");
                } catch (ExecutionException e) {
                    throw new ModelException(kind().id() + " queue: a consumer failed (" + e.getCause() + "); " + got + " of " + n + " tasks done", e);
                }
            }
        }
        if (System.nanoTime() > deadline) {
            throw new ModelException(kind().id() + " queue: " + got + " of " + n + " tasks done after " + timeout.toSeconds() + " s");
        }
    }

    /** A stop per consumer, a wait for them to return, then the client and the members go. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            for (int i = 0; i < consumers.size(); i++) {
                work.offer(new long[] {QueueConsumer.STOP});
            }
            for (Future<Long> c : consumers) {
                c.get(CLOSE_GRACE.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // stopping members ends their consumers anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                client.close();
            } finally {
                local.close();
            }
        }
    }
}
