package corebench.report.results;

import java.util.regex.Pattern;

/**
 * Machine ids become folder names ({@code charts/<machine-id>/}), and a results folder may come from
 * anyone: only a plain slug is accepted, so an id such as {@code ..} or {@code a/../../b} can never point
 * an output folder outside {@code charts/}.
 */
public final class MachineIds {
    /** Letters, digits, '.', '_' and '-', starting with a letter or digit (so never '.' or '..'). */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private MachineIds() {
    }

    /** Whether {@code id} is safe as one folder name. */
    public static boolean safe(String id) {
        return id != null && SAFE.matcher(id).matches();
    }

    /** The id, or a one-line refusal naming where it came from. */
    static String check(String id, Object source) throws ReportException {
        if (!safe(id)) {
            throw new ReportException(source + ": machine id '" + id + "' is not a safe folder name (letters,"
                    + " digits, '.', '_', '-', starting with a letter or digit, at most 100)");
        }
        return id;
    }
}
