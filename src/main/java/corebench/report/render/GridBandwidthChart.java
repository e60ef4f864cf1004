package corebench.report.render;

import corebench.report.analysis.CopyProbe;
import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.Row;
import corebench.report.analysis.RunAnalysis;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.results.Estimate;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;

/**
 * The grid workload's lesson: the memory bandwidth each model's Jacobi sweeps achieve, in GB/s per
 * model and core count, beside what the STREAM-style probe copies at the same grid size and core count
 * on this machine (docs/results-format.md: Jacobi compares with {@code copy}). Each model's bar is
 * labelled with its fraction of the probe. One chart per Jacobi scenario (size, bands per worker).
 */
final class GridBandwidthChart {

    static final String WORKLOAD = "grid";

    /** The probe's series name; not a model, so it is drawn in the reference grey. */
    static final String PROBE = "copy probe (platform threads)";

    private GridBandwidthChart() {
    }

    /** One chart per Jacobi scenario, keyed by file name; empty when the grid workload's Jacobi was not run. */
    static Map<String, JFreeChart> charts(RunAnalysis analysis, String subtitle) {
        CopyProbe probe = CopyProbe.of(analysis);
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        for (ScenarioAnalysis s : analysis.scenarios()) {
            if (s.scenario().workload().equals(WORKLOAD) && "jacobi".equals(s.scenario().params().get("kernel"))) {
                charts.put(ScenarioCharts.slug(s.label()) + "-bandwidth", chart(s, probe, subtitle));
            }
        }
        return charts;
    }

    private static JFreeChart chart(ScenarioAnalysis s, CopyProbe probe, String subtitle) {
        String size = s.scenario().params().get("size");
        List<ThroughputBars.Bar> bars = new ArrayList<>();
        Map<String, Color> colours = new LinkedHashMap<>();
        for (int i = 0; i < s.models().size(); i++) {
            ModelSeries m = s.models().get(i);
            colours.put(m.model(), Palette.colour(m.model(), i));
            for (Row r : m.scaling()) {
                Optional<Estimate> bytes = r.bytesPerSecond();
                if (bytes.isEmpty()) {
                    continue;
                }
                Estimate gbs = bytes.get().times(1e-9);
                // whole percent: a label wider than its bar is not drawn at all, and the errors are wider still
                String label = probeAt(probe, size, r.cores())
                        .map(p -> Math.round(100 * gbs.value() / p.value()) + "%").orElse(null);
                bars.add(new ThroughputBars.Bar(m.model(), Numbers.cores(r.cores()), gbs.value(), gbs.error(), label));
            }
        }
        boolean probed = false;
        for (int cores : s.coreCounts()) {
            Optional<Estimate> p = probeAt(probe, size, cores);
            if (p.isPresent()) {
                bars.add(new ThroughputBars.Bar(PROBE, Numbers.cores(cores), p.get().value(), p.get().error()));
                probed = true;
            }
        }
        if (probed) {
            colours.put(PROBE, ChartStyle.REFERENCE);
        }
        ChartText text = new ChartText(s.label() + ": achieved memory bandwidth" + (probed ? " vs the copy probe" : ""),
                subtitle, "cores (workers = cores)" + (probed ? "; label: % of the probe's copy GB/s" : ""),
                "GB/s (STREAM convention; bars: 99.9% CI)");
        return ThroughputBars.create(text, bars, colours);
    }

    /** The probe's copy bandwidth in GB/s at a grid size with workers = cores, if it was measured. */
    private static Optional<Estimate> probeAt(CopyProbe probe, String size, int cores) {
        return probe.at(size, cores).map(p -> p.times(1e-9));
    }
}
