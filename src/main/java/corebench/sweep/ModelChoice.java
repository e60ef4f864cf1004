package corebench.sweep;

import corebench.model.Models;
import java.util.List;

/**
 * Which models a workload's plan runs when the time budget cannot afford them all: when the user did
 * not pick models (all are requested), the workload's own short list, and every other model is
 * recorded as skipped with the reason; when the user picked models with {@code --models}, all of them.
 */
final class ModelChoice {

    private ModelChoice() {
    }

    /** The models to run: the requested ones, cut to {@code shortList} unless the user picked them. */
    static List<String> pick(WorkloadPlan.StepContext step, List<String> shortList) {
        return userPicked(step) ? step.models() : step.models().stream().filter(shortList::contains).toList();
    }

    /** One skip per requested model left out of {@code shortList}, empty when the user picked the models. */
    static List<SweepPlan.Skip> leftOut(String workload, WorkloadPlan.StepContext step, List<String> shortList, String plan) {
        if (userPicked(step)) {
            return List.of();
        }
        return step.models().stream().filter(m -> !shortList.contains(m))
                .map(m -> new SweepPlan.Skip(workload, m, "not in the " + plan + " plan, to keep it within its time budget;"
                        + " run it with --workloads " + workload + " --models " + m))
                .toList();
    }

    /** The name of the plan a step belongs to, for skip reasons. */
    static String planName(WorkloadPlan.StepContext step) {
        return step.quick() ? "quick" : "default";
    }

    private static boolean userPicked(WorkloadPlan.StepContext step) {
        return step.models().size() < Models.all().size();
    }
}
