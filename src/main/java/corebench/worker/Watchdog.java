package corebench.worker;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Kills workers that owe a reply past their deadline. Reads from a pipe cannot time out, and a write to a
 * stuck child can block, so deadlines are enforced from outside: killing the child ends both.
 */
final class Watchdog {
    /** How often deadlines are checked: the precision of every timeout. */
    static final long TICK_MILLIS = 100;
    private static final Set<WorkerConnection> WATCHED = ConcurrentHashMap.newKeySet();
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("corebench-worker-watchdog").factory());

    static {
        TIMER.scheduleAtFixedRate(Watchdog::check, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private Watchdog() {
    }

    static void watch(WorkerConnection connection) {
        WATCHED.add(connection);
    }

    static void forget(WorkerConnection connection) {
        WATCHED.remove(connection);
    }

    private static void check() {
        long now = System.nanoTime();
        for (WorkerConnection c : WATCHED) {
            c.killIfOverdue(now);
        }
    }
}
