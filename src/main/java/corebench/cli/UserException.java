package corebench.cli;

/** A failure the user can fix (bad input, a busy machine): printed as one line, no stack trace. */
public class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserException(String message) {
        this(message, 2);
    }

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** 2 for bad input, 1 for a failed run. */
    public int exitCode() {
        return exitCode;
    }
}
