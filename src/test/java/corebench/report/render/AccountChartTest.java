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
        double stack = 0;
        for (int row = 0; row < data.getRowCount(); row++) {
            stack += data.getValue(data.getRowKey(row), bar).doubleValue();
        }
        assertThat(stack).isCloseTo(100, within(1e-9));
        assertThat(data.getValue("child JVMs' GC/JIT", bar(data, "sequential")).doubleValue()).isZero();
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
