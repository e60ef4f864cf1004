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
import java.util.stream.Stream;

/**
 * Which corebench made a result: its version and the git revision of its checkout, dirty when that has uncommitted
 * changes. Run from the self-contained archive (whose launcher sets {@value #ARCHIVE_PROPERTY}), the same fields
 * come from the build that made the archive, and {@code archive} names it.
 *
 * @param revision the commit hash, or {@code unknown} outside a git checkout
 * @param diffHash SHA-256 of {@code git diff HEAD}, so that two runs of the same uncommitted code are one build;
 *                 empty when clean
 * @param archive  the archive it ran from (e.g. {@code corebench-0.1.0-linux-x64}), {@code null} from a checkout
 */
public record BuildInfo(String version, String revision, boolean dirty, String diffHash, String archive) {
    /** The system property the archive's launcher sets to the archive's folder. */
    public static final String ARCHIVE_PROPERTY = "corebench.archive";
    /** Where an archive keeps the identity of the build that made it, relative to its folder. */
    static final String ARCHIVE_BUILD_FILE = "lib/build.properties";

    /** Reads the version from the jar and the revision from git in {@code checkout}; from an archive, its build file. */
    public static BuildInfo of(Path checkout) {
        String archiveFolder = System.getProperty(ARCHIVE_PROPERTY);
        if (archiveFolder != null) {
            return ofArchive(Path.of(archiveFolder).resolve(ARCHIVE_BUILD_FILE));
        }
        String revision = git(checkout, "rev-parse", "HEAD");
        String diff = git(checkout, "diff", "HEAD");
        boolean dirty = diff != null && !diff.isEmpty();
        return new BuildInfo(jarVersion(), revision == null ? "unknown" : revision.trim(), dirty,
                dirty ? sha256(diff) : "", null);
    }

    /** What a user types to run corebench: {@code ./corebench} in an archive, else {@code scripts/corebench}. */
    public static String launcher() {
        return System.getProperty(ARCHIVE_PROPERTY) != null ? "./corebench" : "scripts/corebench";
    }

    /** Writes the build of checkout {@code args[0]} to {@code args[1]}, archive {@code args[2]}'s build file (the pom). */
    public static void main(String[] args) throws IOException {
        BuildInfo build = of(Path.of(args[0]));
        Properties p = new Properties();
        p.setProperty("version", build.version());
        p.setProperty("revision", build.revision());
        p.setProperty("dirty", String.valueOf(build.dirty()));
        p.setProperty("diffHash", build.diffHash());
        p.setProperty("archive", args[2]);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (var out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
            p.store(out, "the corebench build this archive was made from");
        }
    }

    /** The build recorded in an archive's build file; revision {@code unknown} if the file is unreadable. */
    static BuildInfo ofArchive(Path buildFile) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(buildFile)) {
            p.load(in);
        } catch (IOException e) {
            // an archive whose build file is gone: its results say the build is unknown rather than fail
        }
        return new BuildInfo(p.getProperty("version", jarVersion()), p.getProperty("revision", "unknown"),
                Boolean.parseBoolean(p.getProperty("dirty")), p.getProperty("diffHash", ""),
                p.getProperty("archive", buildFile.toAbsolutePath().getParent().getParent().getFileName().toString()));
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
        try {
            Process p = new ProcessBuilder(Stream.concat(Stream.of("git", "-C", dir.toString()), Stream.of(args)).toList()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
