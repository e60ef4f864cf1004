package corebench.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The JVM options every corebench JVM kind needs, read from {@code corebench/jvm.properties}: the one list
 * that pom.xml, scripts/corebench, the child-JVM launcher, the cluster launcher and the sweep's JMH forks
 * share, so that a flag is added or changed in one place.
 */
public final class JvmOptions {
    private static final Properties FILE = load();

    private JvmOptions() {
    }

    /** The Vector API module, which the SIMD kernel needs in every JVM that may run it. */
    public static List<String> vector() {
        return get("jvm.vector");
    }

    /** The CLI's and the tests' own options (native access for OSHI, headless charts). */
    public static List<String> cli() {
        return get("jvm.cli");
    }

    /** The JDK-internal access a Hazelcast member or client asks for. */
    public static List<String> hazelcast() {
        return get("jvm.hazelcast");
    }

    /** Options that exist only on newer JDKs, for a JVM of the running JDK's version (children run the same java). */
    public static List<String> forThisJdk() {
        return Runtime.version().feature() >= 23 ? get("jvm.jdk23") : List.of();
    }

    /** The options under {@code key}. */
    static List<String> get(String key) {
        String value = FILE.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("corebench/jvm.properties has no " + key);
        }
        return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = JvmOptions.class.getResourceAsStream("/corebench/jvm.properties")) {
            if (in == null) {
                throw new IllegalStateException("corebench/jvm.properties is not on the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
