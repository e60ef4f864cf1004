package corebench.report.results;

/**
 * Input the reporter cannot use: a missing folder, a file that is not JMH's JSON, no corebench results.
 * The message is one line that names the file and the problem; it is shown to the user as it is.
 */
public class ReportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }
}
