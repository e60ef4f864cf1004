package corebench.sweep;

import corebench.model.Models;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which models a workload's plan runs when the time budget cannot afford them all: when the user did
 * not pick models (all are requested), the workload's own short list, and every other model is
 * recorded as skipped with the reason; when the user picked models with {@code --models}, all of them.
 */
final class ModelChoice {

    private ModelChoice() {
    }

    /**
     * The models {@code workload} runs at {@code step}: the requested ones, cut to {@code shortList} unless the user
     * picked them; each requested model left out told to {@code skips} with the way to run it.
     */
    static List<String> pick(String workload, WorkloadPlan.StepContext step, List<String> shortList,
                             Consumer<SweepPlan.Skip> skips) {
        if (userPicked(step)) {
            return step.models();
        }
        String plan = step.quick() ? "quick" : "default";
        step.models().stream().filter(m -> !shortList.contains(m)).forEach(m -> skips.accept(new SweepPlan.Skip(workload, m,
                "not in the " + plan + " plan, to keep it within its time budget; run it with --workloads " + workload
                        + " --models " + m)));
        return step.models().stream().filter(shortList::contains).toList();
    }

    /** Whether the user named the models ({@code --models}) rather than taking them all. */
    static boolean userPicked(WorkloadPlan.StepContext step) {
        return step.models().size() < Models.all().size();
    }
}
