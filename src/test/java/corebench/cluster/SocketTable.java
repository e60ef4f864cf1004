package corebench.cluster;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The TCP sockets of given processes, read the way {@code ss -tanp} does on Linux: a process's socket
 * inodes from the links in {@code /proc/<pid>/fd}, their addresses and states from {@code /proc/net/tcp}
 * and {@code /proc/net/tcp6}. Lets a test check where cluster members listen and whom they talk to.
 */
public final class SocketTable {
    private static final String LISTEN = "0A";

    /** One TCP socket: local and remote address, and whether it is listening. */
    public record Socket(InetAddress local, int localPort, InetAddress remote, boolean listening) {
    }

    private SocketTable() {
    }

    /** Every TCP socket (IPv4 and IPv6) owned by one of {@code pids}. */
    public static List<Socket> of(List<Long> pids) throws IOException {
        Set<String> inodes = new HashSet<>();
        for (long pid : pids) {
            try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "fd"))) {
                for (Path fd : fds) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")) {
                            inodes.add(target.substring("socket:[".length(), target.length() - 1));
                        }
                    } catch (IOException e) {
                        // the descriptor closed while we looked
                    }
                }
            }
        }
        List<Socket> sockets = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (inodes.contains(f[9])) {
                    String[] local = f[1].split(":");
                    sockets.add(new Socket(address(local[0]), Integer.parseInt(local[1], 16),
                            address(f[2].split(":")[0]), f[3].equals(LISTEN)));
                }
            }
        }
        return sockets;
    }

    /**
     * A /proc/net address: 32-bit words in hex, each in the machine's (little-endian) byte order.
     * An IPv4-mapped IPv6 address comes back as the IPv4 address, as {@link InetAddress} does it.
     */
    static InetAddress address(String hex) throws UnknownHostException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            byte[] w = new BigInteger(hex.substring(word * 8, word * 8 + 8), 16).toByteArray();
            byte[] padded = new byte[4];
            System.arraycopy(w, Math.max(0, w.length - 4), padded, Math.max(0, 4 - w.length), Math.min(4, w.length));
            for (int b = 0; b < 4; b++) {
                bytes[word * 4 + b] = padded[3 - b];
            }
        }
        return InetAddress.getByAddress(bytes);
    }
}
