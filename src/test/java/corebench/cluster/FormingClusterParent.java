package corebench.cluster;

/** A parent that starts a cluster of two members and waits: the test kills it while the second is still joining. */
public final class FormingClusterParent {
    private FormingClusterParent() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (LocalCluster cluster = LocalCluster.start(2)) {
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
