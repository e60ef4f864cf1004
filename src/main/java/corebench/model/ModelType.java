package corebench.model;

import corebench.workload.Need;
import corebench.workload.Trait;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of concurrency model: its result name, what it is ({@link Trait traits}, which decide the
 * workloads it runs) and how to create one. The built-in ones are the constants of {@link ModelKind};
 * {@link Models} also finds implementations registered as Java services, so a model can come from
 * another jar without a change here.
 */
public interface ModelType {

    /** The name used in results, charts and on the command line. */
    String id();

    /** One line on what the model does. */
    String description();

    /** What the model is. */
    Set<Trait> traits();

    /** Creates the model with {@code workers} workers (at least 1). */
    ConcurrencyModel create(int workers);

    /** Why the model cannot run a configuration with these needs: the first need it fails; empty if it runs. */
    default Optional<String> whyNot(List<Need> needs) {
        return needs.stream().filter(n -> has(n.trait()) != n.present()).map(Need::reason).findFirst();
    }

    /** Whether the model has {@code trait}. */
    default boolean has(Trait trait) {
        return traits().contains(trait);
    }
}
