package corebench.model;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a child worker may take to answer one submission (or to start) before it is killed as hung:
 * {@code -Dcorebench.batchTimeout=30s} (also {@code 500ms}, {@code 2m}). The default is generous because a
 * false alarm destroys a measurement: corebench's submissions take milliseconds to seconds.
 */
final class BatchTimeout {
    /** The system property that sets the timeout. */
    static final String PROPERTY = "corebench.batchTimeout";
    static final Duration DEFAULT = Duration.ofMinutes(2);
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(ms|s|m)");

    private BatchTimeout() {
    }

    /** The timeout the system property asks for, or the default. */
    static Duration configured() {
        String value = System.getProperty(PROPERTY);
        return value == null ? DEFAULT : parse(value);
    }

    static Duration parse(String value) {
        Matcher m = FORMAT.matcher(value.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException(PROPERTY + " must be a positive duration like 30s, 500ms or 2m, was '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }

    /**
     * How long a child may take to start (its handshake): at least a minute whatever the batch timeout,
     * because a JVM start on a loaded machine takes seconds, and a short batch timeout must not turn that
     * into a failure.
     */
    static Duration startup(Duration batchTimeout) {
        return batchTimeout.compareTo(MIN_STARTUP) > 0 ? batchTimeout : MIN_STARTUP;
    }

    private static final Duration MIN_STARTUP = Duration.ofMinutes(1);

    /** Rejects a non-positive timeout given to a constructor. */
    static Duration check(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("batch timeout must be positive, was " + timeout);
        }
        return timeout;
    }
}
