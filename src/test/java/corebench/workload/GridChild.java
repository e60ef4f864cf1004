package corebench.workload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A child JVM for {@link GridChildProcessTest}: reads one command per line from stdin, answers one line
 * ({@code ok <value>} or {@code error <message>}) on stdout, exits at end of input. Kernels run exactly
 * as a process-pool child runs them: from a wire id and long arguments only.
 *
 * <pre>
 * run &lt;wireId&gt; &lt;args...&gt;              Kernel.byWireId(wireId).run(args)
 * get &lt;key&gt; &lt;plane&gt; &lt;index&gt;           the raw bits of a cell
 * put &lt;key&gt; &lt;plane&gt; &lt;index&gt; &lt;bits&gt;    writes a cell
 * mapped                              how many grids this JVM has mapped
 * create &lt;rows&gt; &lt;cols&gt; &lt;planes&gt;       creates a grid and never closes it: the key
 * </pre>
 */
public final class GridChild {
    private GridChild() {
    }

    public static void main(String[] argv) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] words = line.trim().split(" ");
            long[] n = Arrays.stream(words).skip(1).mapToLong(Long::parseLong).toArray();
            String answer;
            try {
                answer = "ok " + switch (words[0]) {
                    case "run" -> Kernel.byWireId((int) n[0]).run(Arrays.copyOfRange(n, 1, n.length));
                    case "get" -> Double.doubleToRawLongBits(GridRegistry.get(n[0]).plane((int) n[1]).get((int) n[2]));
                    case "put" -> {
                        GridRegistry.get(n[0]).plane((int) n[1]).put((int) n[2], Double.longBitsToDouble(n[3]));
                        yield 0;
                    }
                    case "mapped" -> GridRegistry.size();
                    case "create" -> SharedGrid.create((int) n[0], (int) n[1], (int) n[2]).key();
                    default -> throw new IllegalArgumentException("unknown command " + words[0]);
                };
            } catch (RuntimeException e) {
                answer = "error " + e.getMessage();
            }
            System.out.println(answer);
            System.out.flush();
        }
    }
}
