package corebench.bench;

import corebench.model.ModelType;
import corebench.workload.Need;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides whether a model runs a workload's configuration: the model's traits against
 * the workload's needs. The sweep's plans ask it what to schedule (and record the reason of what they
 * leave out), and every benchmark asks it at set-up, so a hand-made JMH run is refused for exactly the
 * combinations the sweep skips.
 */
public final class Fit {

    private Fit() {
    }

    /** Why {@code model} cannot run a configuration with these needs: the first need it fails; empty if it runs. */
    public static Optional<String> whyNot(ModelType model, List<Need> needs) {
        return model.whyNot(needs);
    }

    /** Whether {@code model} meets every need. */
    public static boolean runs(ModelType model, List<Need> needs) {
        return whyNot(model, needs).isEmpty();
    }
}
