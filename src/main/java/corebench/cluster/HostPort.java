package corebench.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A member address, {@code host:port}; parsed from the user's {@code --cluster} and {@code --address} and
 * from a run folder's {@code machine.json}, with one-line errors. The host is an RFC 1123 host name or an IP
 * literal and nothing else: an address reaches JVM command lines, so a space, quote or option must never pass.
 */
public record HostPort(String host, int port) {
    /** A host name: dot-separated labels of letters, digits and inner hyphens, at most 63 characters each. */
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
    /** The characters of an IPv6 literal (checked further by the JDK's parser, which never looks it up). */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    public HostPort {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("empty host in a member address");
        }
        if (!validHost(host)) {
            throw new IllegalArgumentException("'" + printable(host) + "' is not a host name or IP address");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
    }

    /** Whether {@code host} is an RFC 1123 host name, an IPv4 address or an IPv6 literal (without brackets). */
    static boolean validHost(String host) {
        if (HOST_NAME.matcher(host).matches()) {
            return true;
        }
        if (!host.contains(":") || !IPV6_CHARACTERS.matcher(host).matches()) {
            return false;
        }
        try {
            // with a ':' and only these characters, the JDK parses a literal and never asks a resolver
            InetAddress.getByName(host);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** {@code host:port}; an IPv6 host is written in brackets, {@code [::1]:5701}. */
    public static HostPort parse(String text) {
        String s = text.trim();
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("'" + printable(text) + "' is not host:port (e.g. 10.0.0.5:5701)");
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String port = s.substring(colon + 1);
        if (!port.matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("'" + printable(text) + "' is not host:port: the port is not a number");
        }
        return new HostPort(host, Integer.parseInt(port));
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
            throw new IllegalArgumentException("no member address in '" + printable(text) + "'");
        }
        return List.copyOf(out);
    }

    /** The list as {@link #parseList} reads it. */
    public static String format(List<HostPort> addresses) {
        return String.join(",", addresses.stream().map(HostPort::toString).toList());
    }

    /** {@code text} for a one-line message: control characters shown as '?', at most 80 characters. */
    private static String printable(String text) {
        String s = text.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
