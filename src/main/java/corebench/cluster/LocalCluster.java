package corebench.cluster;

import corebench.worker.ChildJvm;
import corebench.worker.JvmOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Hazelcast cluster of member JVMs on this machine, started for one model and stopped with it.
 *
 * <p>Members run this JVM's java binary and class path (so the kernels are there), bind 127.0.0.1 only,
 * and form a cluster under a random name on ports the kernel handed out as free a moment before: two
 * clusters started at the same time (two test runs, two benchmarks) can never join each other, and if a
 * port is taken in the meantime the member moves on to a next one and reports where it ended up.
 *
 * <p>Every member is stopped by its PID: {@link #close()} closes their stdin (they exit at once) and kills
 * whatever is left after a grace period; {@link ChildJvm}'s shutdown hook kills live members when this JVM
 * is stopped softly; a member whose parent died without hooks (SIGKILL) sees its stdin close and exits.
 */
public final class LocalCluster implements AutoCloseable {
    /** How long members may take to form the cluster: ~2 s for one and ~7 s for two on 2 cores, far more when busy. */
    /**
     * How long the members may take to form the cluster: 180 s, or {@code -Dcorebench.memberStartTimeout=SECONDS}
     * (an emulated many-CPU machine, where a member JVM takes minutes to start).
     */
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("corebench.memberStartTimeout", 180));
    private static final Duration EXIT_GRACE = Duration.ofSeconds(5);
    private static final String LOOPBACK = "127.0.0.1";

    private final String clusterName;
    private final List<Process> members;
    private final List<HostPort> addresses;
    private final Duration startTime;

    private LocalCluster(String clusterName, List<Process> members, List<HostPort> addresses, Duration startTime) {
        this.clusterName = clusterName;
        this.members = members;
        this.addresses = addresses;
        this.startTime = startTime;
    }

    /**
     * At most this many loopback members, whatever the workers: a real cluster has a few members with many
     * threads each, and 64 Hazelcast JVMs on one machine would measure their start (seconds each) and their
     * memory (hundreds of MB each), not the executor.
     */
    public static final int MAX_MEMBERS = 4;

    /** How many members serve {@code workers}: one per worker up to {@link #MAX_MEMBERS}. */
    public static int membersFor(int workers) {
        return Math.max(1, Math.min(MAX_MEMBERS, workers));
    }

    /** Executor threads of each member for {@code workers}: {@code workers / members}, the remainder to the first ones. */
    public static int[] threadsPerMember(int workers) {
        int members = membersFor(workers);
        int[] threads = new int[members];
        for (int i = 0; i < members; i++) {
            threads[i] = workers / members + (i < workers % members ? 1 : 0);
        }
        return threads;
    }

    /**
     * Starts {@link #membersFor(int) membersFor(workers)} members with {@code workers} executor threads in all
     * ({@link #threadsPerMember}) and returns once all of them have formed one cluster.
     *
     * @throws IllegalStateException naming the member and its last words if one fails or times out
     */
    public static LocalCluster start(int workers) {
        long t0 = System.nanoTime();
        String name = "corebench-" + UUID.randomUUID();
        int[] threads = threadsPerMember(workers);
        int count = threads.length;
        List<HostPort> ports = freeLoopbackPorts(count);
        List<Process> started = new ArrayList<>();
        try {
            long deadline = t0 + START_TIMEOUT.toNanos();
            // The first member forms the cluster alone; the others then join it as their master (started all at
            // once, members spend seconds electing a master among themselves first). Each says it is ready once it
            // has joined, so all ready is the whole cluster: no member waits for a minimum cluster size, which
            // Hazelcast follows with a fixed 3 s pause on every member but the first.
            Process first = launch(name, ClusterMemberMain.arguments(ports.get(0), List.of(ports.get(0)), threads[0]));
            started.add(first);
            HostPort master = await(awaitReady(first, 0), deadline, 0, count);
            List<CompletableFuture<HostPort>> ready = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                Process p = launch(name, ClusterMemberMain.arguments(ports.get(i), List.of(master), threads[i]));
                started.add(p);
                ready.add(awaitReady(p, i));
            }
            List<HostPort> addresses = new ArrayList<>(List.of(master));
            for (int i = 1; i < count; i++) {
                addresses.add(await(ready.get(i - 1), deadline, i, count));
            }
            return new LocalCluster(name, List.copyOf(started), List.copyOf(addresses), Duration.ofNanos(System.nanoTime() - t0));
        } catch (RuntimeException e) {
            stop(started);
            throw e;
        }
    }

    /** The random name the members were started with. */
    public String clusterName() {
        return clusterName;
    }

    /** Where the members listen, all on 127.0.0.1. */
    public List<HostPort> addresses() {
        return addresses;
    }

    /** The members' process ids. */
    public List<Long> pids() {
        return members.stream().map(Process::pid).toList();
    }

    /** From the first launch until every member reported the formed cluster. */
    public Duration startTime() {
        return startTime;
    }

    /** Stops every member (see the class comment); returns when all have exited. */
    @Override
    public void close() {
        stop(members);
    }

    private static void stop(List<Process> processes) {
        for (Process p : processes) {
            try {
                p.getOutputStream().close();
            } catch (IOException e) {
                // already gone
            }
        }
        long deadline = System.nanoTime() + EXIT_GRACE.toNanos();
        for (Process p : processes) {
            try {
                if (!p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    p.destroyForcibly();
                    p.waitFor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Starts a member JVM through {@link ChildJvm} (tracked, killed by its shutdown hook) and hands it the
     * cluster name on stdin: stdin and stdout piped, stderr piped too and forwarded line by line (see
     * {@link #awaitReady}).
     */
    private static Process launch(String clusterName, List<String> args) {
        // the CLI's options: OSHI (the member's CPU description) reads the hardware through JNA
        List<String> options = new ArrayList<>(JvmOptions.cli());
        options.addAll(JvmOptions.hazelcast());
        options.addAll(JvmOptions.forThisJdk());
        try {
            Process member = ChildJvm.start(options, ClusterMemberMain.class, ProcessBuilder.Redirect.PIPE, args.toArray(String[]::new));
            // on stdin, not the command line: any local user can read /proc/<pid>/cmdline and join with the name
            member.getOutputStream().write((clusterName + "\n").getBytes(StandardCharsets.UTF_8));
            member.getOutputStream().flush();
            return member;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a cluster member JVM: " + e.getMessage(), e);
        }
    }

    /** Completes with the member's address when it prints its ready line; forwards its stderr meanwhile. */
    private static CompletableFuture<HostPort> awaitReady(Process p, int index) {
        CompletableFuture<HostPort> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("corebench-member-" + index + "-err").start(() -> forward(p, index));
        Thread.ofPlatform().daemon().name("corebench-member-" + index + "-out").start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith(ClusterMemberMain.READY + " ")) {
                        ready.complete(HostPort.parse(line.substring(ClusterMemberMain.READY.length() + 1)));
                    }
                }
            } catch (IOException | RuntimeException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("cluster member " + index
                    + " (pid " + p.pid() + ") ended its output before it was ready"));
        });
        return ready;
    }

    private static void forward(Process p, int index) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                System.err.println("[cluster member " + index + "] " + line);
            }
        } catch (IOException e) {
            // the member is gone
        }
    }

    private static HostPort await(CompletableFuture<HostPort> ready, long deadline, int index, int count) {
        try {
            return ready.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cluster member " + index + " of " + count + " did not join within "
                    + START_TIMEOUT.toSeconds() + " s (its stderr is above)");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage() + " (its stderr is above)", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the cluster members", e);
        }
    }

    /** {@code count} distinct ports the kernel considers free on 127.0.0.1 right now. */
    static List<HostPort> freeLoopbackPorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            InetAddress loopback = InetAddress.getByName(LOOPBACK);
            List<HostPort> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                // all held open at once, so the kernel hands out distinct ones
                ServerSocket s = new ServerSocket(0, 1, loopback);
                held.add(s);
                ports.add(new HostPort(LOOPBACK, s.getLocalPort()));
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports on " + LOOPBACK + ": " + e.getMessage(), e);
        } finally {
            for (ServerSocket s : held) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing a probe socket cannot matter
                }
            }
        }
    }
}
