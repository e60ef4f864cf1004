package corebench.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Every concurrency model this JVM knows: the {@link ModelKind} constants, in their order, then any
 * {@link ModelType} registered as a Java service ({@code META-INF/services/corebench.model.ModelType} on
 * the class path), in class-path order. Child JVMs, JMH forks and sweeps inherit the class path, so a
 * model registered this way is known to all of them.
 */
public final class Models {
    private static final List<ModelType> ALL = load();

    private Models() {
    }

    /** Every model, built-in first. */
    public static List<ModelType> all() {
        return ALL;
    }

    /** Every model's name, in {@link #all()} order. */
    public static List<String> ids() {
        return ALL.stream().map(ModelType::id).toList();
    }

    /** The model with this name; the error lists the valid names. */
    public static ModelType byId(String id) {
        for (ModelType m : ALL) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown model '" + id + "'; models are " + ids());
    }

    private static List<ModelType> load() {
        List<ModelType> all = new ArrayList<>(Arrays.asList(ModelKind.values()));
        for (ModelType extra : ServiceLoader.load(ModelType.class)) {
            if (all.stream().anyMatch(m -> m.id().equals(extra.id()))) {
                throw new IllegalStateException("two models are named '" + extra.id() + "' (" + extra.getClass().getName() + ")");
            }
            all.add(extra);
        }
        return Collections.unmodifiableList(all);
    }
}
