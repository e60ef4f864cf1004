package corebench.workload;

/** A child JVM that creates a mapped total, prints its file, then exits without closing it ("exit") or waits to be killed ("wait"). */
public final class TotalHolder {
    private TotalHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        MappedTotal total = MappedTotal.create(ProcessHandle.current().pid() << 32 | 1);
        System.out.println(total.path());
        System.out.flush();
        if (args[0].equals("wait")) {
            Thread.sleep(Long.MAX_VALUE);
        }
        System.exit(0);
    }
}
