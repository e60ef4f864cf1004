package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.bench.ModelBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Fork;

/** corebench/jvm.properties is the one list of JVM options: nobody else spells them out. */
class JvmOptionsTest {

    @Test
    void theListHoldsEveryKind() {
        assertThat(JvmOptions.vector()).containsExactly("--add-modules=jdk.incubator.vector");
        assertThat(JvmOptions.cli()).contains("--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true");
        assertThat(JvmOptions.hazelcast()).startsWith("--add-modules", "java.se").contains("--add-opens");
        assertThat(JvmOptions.forThisJdk()).isEqualTo(Runtime.version().feature() >= 23
                ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of());
    }

    @Test
    void childJvmsGetTheVectorModule() {
        assertThat(ChildJvm.command(WorkerMain.class)).containsSubsequence(JvmOptions.vector());
    }

    @Test
    void theForkAnnotationOfAHandRunAgreesWithTheList() {
        // an annotation cannot read a file: this keeps its constants equal to the list's
        List<String> append = List.of(ModelBench.class.getAnnotation(Fork.class).jvmArgsAppend());
        assertThat(append).containsAll(JvmOptions.vector()).contains("-Djava.awt.headless=true");
        assertThat(JvmOptions.cli()).contains("-Djava.awt.headless=true");
    }

    @Test
    void theBuildAndTheScriptTakeTheirOptionsFromTheList() throws IOException {
        String script = Files.readString(Path.of("scripts/corebench"));
        String archiveLauncher = Files.readString(Path.of("src/assembly/corebench"));
        // jlink's own --add-modules (which modules the archive's runtime holds) is no JVM option
        String pom = Files.readString(Path.of("pom.xml")).replaceAll("(?s)<id>archive-runtime</id>.*?</execution>", "");
        for (String text : List.of(script, pom)) {
            assertThat(text).contains("src/main/resources/corebench/jvm.properties");
        }
        for (String text : List.of(script, pom, archiveLauncher)) {
            assertThat(text).doesNotContain("--add-modules", "--enable-native-access", "--add-opens", "--sun-misc-unsafe");
        }
        for (String text : List.of(script, archiveLauncher)) {
            assertThat(text).contains("jvm_options jvm.vector.commands", "jvm_options jvm.vector)", "jvm_options jvm.cli",
                    "jvm_options jvm.hazelcast", "jvm_options jvm.jdk23");
        }
    }

    @Test
    void onlyTheCommandsThatRunKernelsGetTheVectorModule() {
        assertThat(JvmOptions.get("jvm.vector.commands")).containsExactlyInAnyOrder("sweep", "member");
    }
}
