package corebench.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Run by {@link CapacityProbeTest} confined to one CPU: calibrates a one-thread probe, starts as many busy threads as
 * its argument says (none without one), says {@code calibrated}, and on each line from its parent prints the capacity
 * of one measurement and the CPUs its own work took meanwhile; exits at the end of its input.
 */
public final class CapacityProbeChild {

    private CapacityProbeChild() {
    }

    public static void main(String[] args) throws Exception {
        CapacityProbe probe = new CapacityProbe(1, TimeUnit.MILLISECONDS.toNanos(60));
        probe.calibrate();
        int busy = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        for (int i = 0; i < busy; i++) {
            Thread.ofPlatform().daemon().start(() -> {
                long x = 1;
                while (x != 0) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                }
            });
        }
        System.out.println("calibrated");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            CapacityProbe.Capacity c = probe.measure();
            System.out.println(c.delivered() + " " + c.own());
        }
    }
}
