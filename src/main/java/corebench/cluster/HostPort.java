package corebench.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * A member address, {@code host:port}; parsed from the user's {@code --cluster} and {@code --address}
 * with one-line errors.
 */
public record HostPort(String host, int port) {

    public HostPort {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("empty host in a member address");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
    }

    /** {@code host:port}; an IPv6 host is written in brackets, {@code [::1]:5701}. */
    public static HostPort parse(String text) {
        String s = text.trim();
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not host:port (e.g. 10.0.0.5:5701)");
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new HostPort(host, Integer.parseInt(s.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not host:port: the port is not a number");
        }
    }

    /** A comma-separated list of addresses, at least one. */
    public static List<HostPort> parseList(String text) {
        List<HostPort> out = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(parse(part));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no member address in '" + text + "'");
        }
        return List.copyOf(out);
    }

    /** The list as {@link #parseList} reads it. */
    public static String format(List<HostPort> addresses) {
        return String.join(",", addresses.stream().map(HostPort::toString).toList());
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
