package corebench.workload.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shared grids this JVM knows, by key: how a kernel gets from the {@code long} in its arguments to
 * the memory. In the JVM that created a grid this is the creator's own mapping; in a child JVM the grid
 * is mapped on first use and the mapping kept for the tasks that follow.
 *
 * <p>Grid files live in memory (/dev/shm) and outlive a process that forgets them, so the files of
 * grids this JVM created and did not close are removed when it exits (say, after a benchmark failed
 * before its tear-down), and files left by processes that died without exiting are removed when the
 * next grid is created.
 */
public final class GridRegistry {
    private static final Map<Long, SharedGrid> GRIDS = new ConcurrentHashMap<>();
    private static final AtomicBoolean EXIT_HOOK = new AtomicBoolean();

    private GridRegistry() {
    }

    /**
     * The grid with this key, mapped on first use.
     *
     * @throws IllegalStateException if no such grid exists (never created, or closed by its owner)
     */
    public static SharedGrid get(long key) {
        SharedGrid grid = GRIDS.get(key);
        return grid != null ? grid : mapNew(key);
    }

    private static synchronized SharedGrid mapNew(long key) {
        SharedGrid grid = GRIDS.get(key);
        if (grid != null) {
            return grid;
        }
        // A new grid usually means its predecessors are closed: drop mappings of removed files, so a
        // long-lived child does not pin the memory of every grid it ever saw.
        GRIDS.values().removeIf(g -> !g.owner() && !Files.exists(g.path()));
        grid = SharedGrid.open(key);
        GRIDS.put(key, grid);
        return grid;
    }

    static void register(SharedGrid grid) {
        if (EXIT_HOOK.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(GridRegistry::removeOwnFiles, "corebench-grid-cleanup"));
        }
        GRIDS.put(grid.key(), grid);
    }

    private static void removeOwnFiles() {
        for (SharedGrid grid : GRIDS.values()) {
            if (grid.owner()) {
                try {
                    Files.deleteIfExists(grid.path());
                } catch (IOException e) {
                    System.err.println("corebench: could not remove " + grid.path() + ": " + e.getMessage());
                }
            }
        }
    }

    static void forget(SharedGrid grid) {
        GRIDS.remove(grid.key(), grid);
    }

    /** How many grids this JVM has mapped (for tests). */
    static int size() {
        return GRIDS.size();
    }
}
