package corebench.workload;

import java.util.Arrays;

/**
 * One unit of work as plain data: a kernel and its primitive arguments.
 *
 * <p>Tasks carry no code, so every concurrency model (threads in this JVM or child JVMs at the other end
 * of a pipe) runs the very same kernel method on the very same arguments, which keeps the comparison fair
 * and lets results be compared bit for bit across models.
 */
public record Task(Kernel kernel, long... args) {

    public Task {
        if (kernel == null) {
            throw new IllegalArgumentException("task without a kernel");
        }
        args = args.clone();
    }

    /** Runs the kernel here, in the calling thread. */
    public long run() {
        return kernel.run(args);
    }

    @Override
    public long[] args() {
        return args.clone();
    }

    /** The argument at {@code index}, without copying the array. */
    public long arg(int index) {
        return args[index];
    }

    /** How many arguments the task carries. */
    public int arity() {
        return args.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Task t && t.kernel == kernel && Arrays.equals(t.args, args);
    }

    @Override
    public int hashCode() {
        return kernel.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return kernel.id() + Arrays.toString(args);
    }
}
