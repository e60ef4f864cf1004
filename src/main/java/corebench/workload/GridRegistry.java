package corebench.workload;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared grids this JVM knows, by key: how a kernel gets from the {@code long} in its arguments to
 * the memory. In the JVM that created a grid this is the creator's own mapping; in a child JVM the grid
 * is mapped on first use and the mapping kept for the tasks that follow.
 *
 * <p>Grid files live in memory (/dev/shm) and outlive a process that forgets them: {@link
 * corebench.workload.SharedMemoryFile} removes those this JVM created and did not close when it exits, and
 * those of processes that died without exiting when the next grid is created.
 */
public final class GridRegistry {
    private static final Map<Long, SharedGrid> GRIDS = new ConcurrentHashMap<>();

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
        GRIDS.put(grid.key(), grid);
    }

    static void forget(SharedGrid grid) {
        GRIDS.remove(grid.key(), grid);
    }

    /** How many grids this JVM has mapped (for tests). */
    static int size() {
        return GRIDS.size();
    }
}
