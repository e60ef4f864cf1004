package corebench.format;

/**
 * The note a sweep writes in {@code machine.json}'s {@code notes} when the shared grids could not live in memory
 * ({@code /dev/shm} missing or too small, as Docker's 64 MB is) and went to a disk-backed temp folder: the grid
 * results then include the page cache and write-back. The reporter recognises it by its prefix and says so in
 * its own words.
 */
public final class SharedMemoryNote {
    /** How the note begins. */
    public static final String PREFIX = "shared memory on disk: ";

    private SharedMemoryNote() {
    }

    /** The note with its details (where the files went and why). */
    public static String of(String details) {
        return PREFIX + details;
    }

    /** Whether {@code note} is one. */
    public static boolean is(String note) {
        return note != null && note.startsWith(PREFIX);
    }
}
