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
        String pom = Files.readString(Path.of("pom.xml"));
        for (String text : List.of(script, pom)) {
            assertThat(text).contains("src/main/resources/corebench/jvm.properties")
                    .doesNotContain("--add-modules", "--enable-native-access", "--add-opens", "--sun-misc-unsafe");
        }
        assertThat(script).contains("jvm_options jvm.vector", "jvm_options jvm.cli", "jvm_options jvm.hazelcast",
                "jvm_options jvm.jdk23");
    }
}
