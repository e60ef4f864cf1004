package corebench.report.render;

import corebench.report.analysis.CoreAccount;
import corebench.report.results.Scenario;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The stacked "where the cores went" chart of a scenario: one bar per model and core count, its measured
 * account ({@link CoreAccount}) as shares of the core time of one operation, a colour per part. What the two
 * sides of the account do not agree on (the residual) is not drawn: a bar short of or over 100% shows it.
 * GC/JIT/VM is drawn in two: this JVM's and the child JVMs' collector and compiler threads (where recorded).
 */
public final class AccountChart {
    /** The parts in stacking order, with their colours and legend names. */
    private static final List<Map.Entry<String, Color>> PARTS = List.of(
            Map.entry("work", new Color(0x2E7D32)),
            Map.entry("clock loss", new Color(0x9E9D24)),
            Map.entry("GC/JIT/VM", new Color(0x6A1B9A)),
            Map.entry("child JVMs' GC/JIT", new Color(0xBA68C8)),
            Map.entry("kernel", new Color(0xC62828)),
            Map.entry("extra user", new Color(0xEF6C00)),
            Map.entry("others", new Color(0x546E7A)),
            Map.entry("idle", new Color(0xB0BEC5)),
            Map.entry("undelivered", new Color(0x212121)));

    private AccountChart() {
    }

    /** Writes the chart of {@code scenario}'s measured accounts; empty when none was measured. */
    public static Optional<RenderedChart> write(List<CoreAccount> accounts, Scenario scenario, String label, String subtitle,
                                         Path dir) throws IOException {
        DefaultCategoryDataset data = dataset(accounts, scenario);
        if (data.getColumnCount() == 0) {
            return Optional.empty();
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < PARTS.size(); i++) {
            renderer.setSeriesPaint(i, PARTS.get(i).getValue());
        }
        CategoryAxis x = new CategoryAxis("model and cores");
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        NumberAxis y = new NumberAxis("share of k cores × time per operation (%)");
        for (var axis : List.of(x, y)) {
            axis.setLabelFont(ChartStyle.LABEL);
            axis.setTickLabelFont(ChartStyle.TICK);
        }
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        ChartText text = new ChartText(label + ": where the cores went", subtitle, x.getLabel(), y.getLabel());
        JFreeChart chart = ChartStyle.chart(text, plot);
        return Optional.of(ChartFiles.write(chart, dir, ScenarioCharts.slug(label) + "-account"));
    }

    /** Per bar (model and cores), each part's share of its core time in per cent; no bar for unmeasured accounts. */
    static DefaultCategoryDataset dataset(List<CoreAccount> accounts, Scenario scenario) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CoreAccount a : accounts) {
            if (!a.scenario().equals(scenario) || !a.resources().present()) {
                continue;
            }
            String bar = a.model() + " " + Numbers.cores(a.cores()) + (a.workers() == a.cores() ? "" : " (" + a.workers() + " w)");
            double child = Double.isFinite(a.childGcJit()) ? a.childGcJit() : 0;
            double[] parts = {a.work(), a.clockLoss(), a.gcJitSafepoint() - child, child, a.system(), a.userOverhead(),
                    a.others(), a.idle(), a.undelivered()};
            for (int i = 0; i < parts.length; i++) {
                data.addValue(Double.isFinite(parts[i]) ? 100 * parts[i] / a.coreSeconds() : 0, PARTS.get(i).getKey(), bar);
            }
        }
        return data;
    }
}
