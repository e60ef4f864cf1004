package corebench.report.render;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Writes a chart as PNG (JFreeChart) and SVG (JFreeSVG), the same drawing in both. */
public final class ChartFiles {

    /** Chart size in pixels. */
    public static final int WIDTH = 960;
    public static final int HEIGHT = 600;

    private ChartFiles() {
    }

    /**
     * Writes {@code dir/name.png} and {@code dir/name.svg}; never over another chart: where a chart of that name
     * is already in {@code dir} (names come from labels, which a results folder chooses), {@code name-2},
     * {@code name-3}, ... The rendered chart carries the name used.
     */
    public static RenderedChart write(JFreeChart chart, Path dir, String wanted) throws IOException {
        String name = wanted;
        for (int n = 2; Files.exists(dir.resolve(name + ".png"), LinkOption.NOFOLLOW_LINKS); n++) {
            name = wanted + "-" + n;
        }
        ChartUtils.saveChartAsPNG(dir.resolve(name + ".png").toFile(), chart, WIDTH, HEIGHT);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        // several charts are inlined into one HTML page: their clip-path and gradient ids must not clash
        g.setDefsKeyPrefix(name + "-");
        chart.draw(g, new Rectangle(WIDTH, HEIGHT));
        // no DOCTYPE: it names an external DTD that XML tools would try to download
        Files.writeString(dir.resolve(name + ".svg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n");
        String element = g.getSVGElement(name + "-svg", false, new ViewBox(0, 0, WIDTH, HEIGHT),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
        return new RenderedChart(name, chart.getTitle().getText(), element);
    }
}
