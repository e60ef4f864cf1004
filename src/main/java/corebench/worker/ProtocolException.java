package corebench.worker;

import java.io.IOException;

/** The peer sent bytes that are not a valid frame or handshake of corebench's worker protocol. */
public class ProtocolException extends IOException {
    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }
}
