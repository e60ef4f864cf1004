package corebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input: one clear line, exit code 2, no stack trace, nothing written. */
class CommandLineErrorsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "sweep --models threads          | unknown model 'threads'",
            "sweep --workloads nbody         | unknown workload 'nbody'",
            "sweep --cores 1000              | core count 1000",
            "sweep --rounds 0                | --rounds must be at least 1",
            "sweep --headline-rounds 13      | --rounds and --headline-rounds are at most 12",
            "sweep -P nonsense=1             | parameter 'nonsense'",
            "sweep -P workers=1              | is set by the plan; use --models",
            "sweep --machine-id ..           | is not a safe folder name",
            "sweep --resume /no/such/run     | no such run folder",
            "sweep --cores x                 | Invalid value",
            "sweep --frobnicate              | Unknown option",
            "sweep --cluster nohost          | --cluster: 'nohost' is not host:port",
            "sweep --cluster h:1 --models sequential | add 'cluster' to --models",
            "sweep --cluster h:1 --cluster-name a/b  | cluster name 'a/b'",
            "sweep --cluster h:1 --resume /x | cannot be combined with --resume",
            "member --address nohost         | nohost' is not host:port",
            "member --address 127.0.0.1:1 --threads 0 | --threads must be at least 1",
            "member --address 127.0.0.1:1 --cluster-name a/b | cluster name 'a/b'",
            "member                          | Missing required option"})
    void badInputGetsOneClearLine(String args, String expected) throws Exception {
        Path out = tmp.resolve("out");
        CommandRun run = CommandRun.ofMain((args.trim() + (args.startsWith("sweep") ? " --out " + out : "")).split("\\s+"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(expected);
        assertThat(out).doesNotExist();
    }
}
