package corebench.workload;

/**
 * Fault injection for the process models' tests, as a kernel: args (mode, value). It lets a test make a
 * task throw, write to stdout/stderr or block inside a child JVM, using the same wire path as real work.
 */
public final class Fault {
    /** Throws an {@link IllegalStateException} whose message carries {@code value}. */
    public static final long THROW = 1;
    /** Prints a line to System.out and one to System.err, then returns {@code value}. */
    public static final long PRINT = 2;
    /** Sleeps {@code value} milliseconds (a task that hangs, if long), then returns {@code value}. */
    public static final long SLEEP = 3;

    private Fault() {
    }

    /** The task that injects fault {@code mode} with {@code value}. */
    public static Task task(long mode, long value) {
        return new Task(Kernel.FAULT, mode, value);
    }

    static long inject(long[] args) {
        long mode = args[0];
        long value = args[1];
        if (mode == THROW) {
            throw new IllegalStateException("injected fault " + value);
        } else if (mode == PRINT) {
            System.out.println("fault kernel: stray line on stdout " + value);
            System.err.println("fault kernel: stray line on stderr " + value);
        } else if (mode == SLEEP) {
            try {
                Thread.sleep(value);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            throw new IllegalArgumentException("unknown fault mode " + mode);
        }
        return value;
    }
}
