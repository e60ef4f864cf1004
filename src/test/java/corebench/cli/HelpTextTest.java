package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's --help renders cleanly: picocli warns on System.err about a bare '%' in a description. */
class HelpTextTest {

    @Test
    void everyCommandsHelpRendersWithoutPicocliWarnings() {
        CommandLine main = Main.commandLine();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        StringBuilder help = new StringBuilder(main.getUsageMessage());
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            for (Map.Entry<String, CommandLine> sub : main.getSubcommands().entrySet()) {
                help.append(sub.getValue().getUsageMessage());
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
        assertThat(help).contains("99.9%").doesNotContain("%n");
    }
}
