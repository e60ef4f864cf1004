package corebench.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Which corebench made a result: its version and the git revision of the checkout it was run from,
 * with a dirty flag when that checkout has uncommitted changes.
 *
 * @param version  the Maven version
 * @param revision the commit hash, or {@code unknown} outside a git checkout
 * @param dirty    whether tracked files differ from the commit
 * @param diffHash SHA-256 of those differences ({@code git diff HEAD}), so two runs of the same
 *                 uncommitted code can still be recognised as one build; empty when clean
 */
public record BuildInfo(String version, String revision, boolean dirty, String diffHash) {

    /** Reads the version from the jar and the revision from git in {@code checkout}. */
    public static BuildInfo of(Path checkout) {
        String revision = git(checkout, "rev-parse", "HEAD");
        String diff = git(checkout, "diff", "HEAD");
        boolean dirty = diff != null && !diff.isEmpty();
        return new BuildInfo(jarVersion(), revision == null ? "unknown" : revision.trim(), dirty,
                dirty ? sha256(diff) : "");
    }

    /** Whether two builds are the same code: same version and commit, and the same uncommitted changes. */
    public boolean sameCodeAs(BuildInfo other) {
        return version.equals(other.version) && revision.equals(other.revision) && dirty == other.dirty
                && Objects.equals(diffHash, other.diffHash) && !"unknown".equals(revision);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String jarVersion() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/corebench/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String git(Path dir, String... args) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = dir.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
