package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import corebench.report.AccountFixtures;
import corebench.report.analysis.CoreAccount;
import corebench.report.analysis.CoreAccounts;
import corebench.report.analysis.RunAnalysis;
import corebench.report.results.ResultsReader;
import java.nio.file.Path;
import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountChartTest {
    @TempDir
    Path dir;

    /** The GC/JIT/VM bar is split into this JVM's and the child JVMs' threads; the stack still sums once. */
    @Test
    void drawsTheChildJvmsGcJitAsItsOwnPartOfTheStack() throws Exception {
        RunAnalysis analysis = RunAnalysis.of(ResultsReader.read(List.of(AccountFixtures.childJvmRun(dir))));
        List<CoreAccount> accounts = CoreAccounts.of(analysis);
        DefaultCategoryDataset data = AccountChart.dataset(accounts, accounts.getFirst().scenario());
        String bar = bar(data, "process-pool");
        assertThat(data.getValue("GC/JIT/VM", bar).doubleValue()).isCloseTo(3.0, within(1e-9));
        assertThat(data.getValue("child JVMs' GC/JIT", bar).doubleValue()).isCloseTo(2.0, within(1e-9));
        assertThat(stack(data, bar)).isCloseTo(100, within(1e-9));
        assertThat(data.getValue("child JVMs' GC/JIT", bar(data, "sequential")).doubleValue()).isZero();
    }

    /** What the machine did not deliver (1.5 of 2 CPUs) is its own slice, and the stack stays under 100%. */
    @Test
    void drawsWhatTheMachineDidNotDeliverAsItsOwnSlice() throws Exception {
        List<CoreAccount> accounts = CoreAccounts.of(RunAnalysis.of(ResultsReader.read(
                List.of(AccountFixtures.shortCapacityRun(dir, 1.5)))));
        DefaultCategoryDataset data = AccountChart.dataset(accounts, accounts.getFirst().scenario());
        String bar = bar(data, "platform-pool");
        assertThat(data.getValue("undelivered", bar).doubleValue()).isCloseTo(25.0, within(1e-9));
        assertThat(stack(data, bar)).isCloseTo(99.0, within(1e-9)); // the residual, 0.5 ms of 50, not drawn
    }

    /** The height of {@code bar}'s stack, in per cent. */
    private static double stack(DefaultCategoryDataset data, String bar) {
        double stack = 0;
        for (int row = 0; row < data.getRowCount(); row++) {
            stack += data.getValue(data.getRowKey(row), bar).doubleValue();
        }
        return stack;
    }

    private static String bar(DefaultCategoryDataset data, String model) {
        for (int column = 0; column < data.getColumnCount(); column++) {
            if (data.getColumnKey(column).toString().startsWith(model)) {
                return data.getColumnKey(column).toString();
            }
        }
        throw new AssertionError("no bar for " + model);
    }
}
