package corebench.report.render;

import corebench.report.analysis.ClockSteps;
import corebench.report.analysis.ModelFits;
import corebench.report.analysis.ModelSeries;
import corebench.report.analysis.Row;
import corebench.report.analysis.ScenarioAnalysis;
import corebench.report.results.Estimate;
import corebench.report.results.StepTopology;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;

/**
 * The charts of one scenario of a machine's report: speedup (with fits), efficiency, absolute
 * throughput and, where measured, oversubscription. Series are models, coloured by {@link Palette}.
 */
public final class ScenarioCharts {

    /** The fitted curves reach this many times the measured cores. */
    public static final int EXTRAPOLATE = 8;

    private ScenarioCharts() {
    }

    /**
     * Writes the scenario's charts into {@code dir} and returns them in display order: speedup and
     * efficiency marked where SMT siblings and a second socket join ({@code topology}), and beside the
     * speedup its clock-normalised form where the run measured the clock per step.
     */
    public static List<RenderedChart> write(ScenarioAnalysis s, String subtitle, Path dir, StepTopology topology,
                                            ClockSteps clock) throws IOException {
        String slug = slug(s.label());
        List<RenderedChart> charts = new ArrayList<>();
        if (s.hasSpeedupCurve()) {
            List<StepTopology.Boundary> boundaries = topology.boundaries().stream().filter(b -> b.from() <= s.maxCores()).toList();
            charts.add(ChartFiles.write(speedup(s, subtitle, boundaries), dir, slug + "-speedup"));
            if (clock.present() && !s.scenario().workload().equals(ClockSteps.WORKLOAD)) {
                charts.add(ChartFiles.write(clockNormalised(s, subtitle, boundaries, clock), dir, slug + "-speedup-clock-normalised"));
            }
            charts.add(ChartFiles.write(efficiency(s, subtitle, boundaries), dir, slug + "-efficiency"));
        }
        charts.add(ChartFiles.write(throughput(s, subtitle), dir, slug + "-throughput"));
        if (s.hasOversubscription()) {
            charts.add(ChartFiles.write(oversubscription(s, subtitle), dir, slug + "-oversubscription"));
        }
        return charts;
    }

    /**
     * A file-name-safe form of a label, unique and at most {@value #MAX_SLUG} characters: {@code montecarlo
     * scaling=weak} becomes {@code montecarlo-scaling-weak}. A label that the folding could confuse with another
     * (upper case, punctuation, {@code -} in a parameter value) or that is too long keeps a readable prefix and
     * gets a hash of the whole label: {@code kernel=SCALAR} and {@code kernel=scalar} do not share files.
     */
    public static String slug(String label) {
        String folded = folded(label);
        if (PLAIN.matcher(label).matches() && folded.length() <= MAX_SLUG) {
            return folded;
        }
        String prefix = folded.substring(0, Math.min(folded.length(), MAX_SLUG - HASH_CHARS - 1)).replaceAll("-$", "");
        return (prefix.isEmpty() ? "" : prefix + "-") + hash(label);
    }

    /**
     * A readable file-name-safe form of any text, at most {@value #MAX_SLUG} characters: lower case, every run of
     * other characters than letters, digits and dots one {@code -}. Not unique ({@link #slug} is).
     */
    public static String fileName(String text) {
        String folded = folded(text);
        return folded.length() <= MAX_SLUG ? folded : folded.substring(0, MAX_SLUG).replaceAll("-$", "");
    }

    private static String folded(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The longest slug; chart names add at most 30 characters, far below a file system's 255. */
    static final int MAX_SLUG = 100;
    private static final int HASH_CHARS = 10;
    /**
     * Labels the folding keeps apart: a model name ({@code platform-pool}), or a workload, its method and
     * {@code key=value} parameters whose values hold only lower-case letters, digits and dots.
     */
    private static final Pattern PLAIN = Pattern.compile("[a-z0-9.]+(-[a-z0-9.]+)*"
            + "|[a-z0-9]+(\\.[a-z0-9]+)?( [a-z][A-Za-z0-9]*=[a-z0-9.]+(, [a-z][A-Za-z0-9]*=[a-z0-9.]+)*)?");

    private static String hash(String label) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(label.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static JFreeChart speedup(ScenarioAnalysis s, String subtitle, List<StepTopology.Boundary> boundaries) {
        boolean weak = s.scenario().weakScaling();
        List<PlotSeries> series = new ArrayList<>();
        for (ModelSeries m : withBaseline(s)) {
            double base = m.baseline().orElseThrow().throughput().value();
            List<PlotSeries.Curve> curves = new ArrayList<>();
            m.fits().amdahl().ifPresent(f -> curves.add(curve(PlotSeries.Law.AMDAHL, f::throughputAt, f::throughputBandAt, base)));
            m.fits().gustafson().ifPresent(f -> curves.add(curve(PlotSeries.Law.GUSTAFSON, f::throughputAt, f::throughputBandAt, base)));
            m.fits().usl().ifPresent(f -> curves.add(curve(PlotSeries.Law.USL, f::throughputAt, f::throughputBandAt, base)));
            series.add(series(s, m, m.scaling(), Row::speedup, curves));
        }
        ChartText text = new ChartText(s.label() + ": " + (weak ? "scaled speedup" : "speedup") + " vs cores",
                subtitle + unfitted(s),
                "cores (log scale)", (weak ? "scaled speedup" : "speedup")
                + " (× the same model on 1 core; bars: 99.9% CI)");
        // without a fitted curve there is nothing to extend past the measured cores
        boolean fitted = series.stream().anyMatch(p -> !p.curves().isEmpty());
        return ScalingPlot.create(text, series, new ScalingPlot.Options(true, p -> p, "ideal (speedup = cores)",
                s.maxCores(), fitted ? (double) EXTRAPOLATE * s.maxCores() : s.maxCores(), boundaries));
    }

    /** Speedup × GHz(1) / GHz(cores): what the curve would be had the clock not changed with the core count. */
    private static JFreeChart clockNormalised(ScenarioAnalysis s, String subtitle, List<StepTopology.Boundary> boundaries,
                                                              ClockSteps clock) {
        List<PlotSeries> series = new ArrayList<>();
        for (ModelSeries m : withBaseline(s)) {
            int index = s.models().indexOf(m);
            List<PlotSeries.Point> points = clock.normalisedSpeedups(m).stream().map(p -> new PlotSeries.Point(p[0], p[1], p[2])).toList();
            if (!points.isEmpty()) {
                series.add(new PlotSeries(m.model(), Palette.colour(m.model(), index), Palette.shape(m.model(), index), points, List.of()));
            }
        }
        ChartText text = new ChartText(s.label() + ": clock-normalised speedup vs cores", subtitle, "cores (log scale)",
                "speedup x GHz(1 core) / GHz(cores) (clock probe; bars: 99.9% CI)");
        return ScalingPlot.create(text, series, new ScalingPlot.Options(true, p -> p, "ideal (speedup = cores)",
                s.maxCores(), s.maxCores(), boundaries));
    }

    private static JFreeChart efficiency(ScenarioAnalysis s, String subtitle, List<StepTopology.Boundary> boundaries) {
        List<PlotSeries> series = new ArrayList<>();
        for (ModelSeries m : withBaseline(s)) {
            series.add(series(s, m, m.scaling(), Row::efficiency, List.of()));
        }
        ChartText text = new ChartText(s.label() + ": parallel efficiency vs cores", subtitle, "cores (log scale)",
                "efficiency (speedup ÷ cores; bars: 99.9% CI)");
        return ScalingPlot.create(text, series, new ScalingPlot.Options(false, p -> 1, "ideal (100%)",
                s.maxCores(), s.maxCores(), boundaries));
    }

    private static JFreeChart throughput(ScenarioAnalysis s, String subtitle) {
        double max = s.models().stream().flatMap(m -> m.scaling().stream())
                .mapToDouble(r -> r.throughput().value()).max().orElse(1);
        Numbers.Scale scale = Numbers.scaleFor(max);
        double divisor = scale.divisor();
        List<ThroughputBars.Bar> bars = new ArrayList<>();
        Map<String, Color> colours = new LinkedHashMap<>();
        for (int i = 0; i < s.models().size(); i++) {
            ModelSeries m = s.models().get(i);
            colours.put(m.model(), Palette.colour(m.model(), i));
            for (Row r : m.scaling()) {
                bars.add(new ThroughputBars.Bar(m.model(), Numbers.cores(r.cores()),
                        r.throughput().value() / divisor, r.throughput().error() / divisor));
            }
        }
        ChartText text = new ChartText(s.label() + ": throughput by model and cores", subtitle,
                "cores (workers = cores)", "throughput (" + scale.unit(s.work().throughputUnit()) + "; bars: 99.9% CI)");
        return ThroughputBars.create(text, bars, colours);
    }

    private static JFreeChart oversubscription(ScenarioAnalysis s, String subtitle) {
        List<PlotSeries> series = new ArrayList<>();
        for (int i = 0; i < s.models().size(); i++) {
            ModelSeries m = s.models().get(i);
            for (Row full : m.scaling()) {
                List<Row> over = m.oversubscribed().stream().filter(r -> r.cores() == full.cores()).toList();
                if (over.isEmpty()) {
                    continue;
                }
                List<PlotSeries.Point> points = new ArrayList<>();
                points.add(new PlotSeries.Point(1, 1, 0));
                for (Row r : over) {
                    Estimate relative = r.throughput().dividedBy(full.throughput());
                    points.add(new PlotSeries.Point((double) r.workers() / r.cores(), relative.value(), relative.error()));
                }
                series.add(new PlotSeries(m.model() + " on " + full.cores() + " cores", Palette.colour(m.model(), i),
                        Palette.shape(m.model(), i), points, List.of()));
            }
        }
        double maxFactor = series.stream().flatMap(p -> p.points().stream()).mapToDouble(PlotSeries.Point::x).max().orElse(1);
        ChartText text = new ChartText(s.label() + ": oversubscription (more workers than cores)", subtitle,
                "workers per core (log scale)", "throughput ÷ throughput with workers = cores (bars: 99.9% CI)");
        return ScalingPlot.create(text, series, new ScalingPlot.Options(false, p -> 1, "no loss", maxFactor, maxFactor));
    }

    private static List<ModelSeries> withBaseline(ScenarioAnalysis s) {
        return s.models().stream().filter(m -> m.baseline().isPresent() && !m.scaling().isEmpty()).toList();
    }

    private static PlotSeries series(ScenarioAnalysis s, ModelSeries m, List<Row> rows, Function<Row, Estimate> y,
                                     List<PlotSeries.Curve> curves) {
        int index = s.models().indexOf(m);
        List<PlotSeries.Point> points = rows.stream()
                .map(r -> new PlotSeries.Point(r.cores(), y.apply(r).value(), y.apply(r).error())).toList();
        long unclaimed = rows.stream().filter(r -> !r.measurement().claimed()).count();
        String name = m.model() + (unclaimed == 0 ? "" : " (" + unclaimed + " of " + rows.size() + " not claimed: no bar)");
        return new PlotSeries(name, Palette.colour(m.model(), index), Palette.shape(m.model(), index), points, curves);
    }

    /** A fitted throughput curve and its band shown in the chart's normalisation: ÷ the measured 1-core throughput. */
    private static PlotSeries.Curve curve(PlotSeries.Law law, DoubleUnaryOperator throughputAt, DoubleUnaryOperator band,
                                          double base) {
        return new PlotSeries.Curve(law, p -> throughputAt.applyAsDouble(p) / base, p -> band.applyAsDouble(p) / base);
    }

    /**
     * A second subtitle line when no model's curve could be fitted because its core counts determine the
     * law exactly ({@link corebench.report.analysis.ModelFits}): the chart then shows measured points only.
     */
    private static String unfitted(ScenarioAnalysis s) {
        return s.models().stream().flatMap(m -> m.fits().notes().stream())
                .filter(n -> n.startsWith(ModelFits.NOT_FITTED)).findFirst().map(n -> "\n" + n + "; measured points only")
                .orElse("");
    }
}
