package corebench.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Run by {@link CapacityProbeTest} confined to one CPU: calibrates a one-thread probe, says
 * {@code calibrated}, and on each line from its parent prints the capacity of one window; exits at the
 * end of its input.
 */
public final class CapacityProbeChild {

    private CapacityProbeChild() {
    }

    public static void main(String[] args) throws Exception {
        CapacityProbe probe = new CapacityProbe(1, TimeUnit.MILLISECONDS.toNanos(60));
        probe.calibrate();
        System.out.println("calibrated");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (in.readLine() != null) {
            System.out.println(probe.measure().delivered());
        }
    }
}
