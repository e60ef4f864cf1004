package corebench.sweep;

import java.util.function.UnaryOperator;

/** One named, pure step of {@link SweepPipeline}: a plan in, a plan out, nothing else read or written. */
public interface PlanStep extends UnaryOperator<SweepPlan> {

    /** What the step does, in a few words, as {@code sweep --dry-run} prints it when the step changed the plan. */
    String name();
}
