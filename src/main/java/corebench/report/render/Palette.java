package corebench.report.render;

import corebench.report.results.KnownModels;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;

/**
 * One colour and one marker shape per series name, the same in every chart. Documented models get fixed
 * colours from the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies), and
 * a shape each, so charts also read in grey; other names (new models, machines in a comparison) get
 * the remaining colours of Paul Tol's palette in a stable order.
 */
public final class Palette {

    /**
     * Each known model's colour, by name: Okabe–Ito plus two darker tones; sequential, the baseline, is
     * black. Keyed by name, not by position, so that a model added to {@link KnownModels#NAMES} without a
     * colour here falls back to {@link #OTHERS} instead of shifting everyone's colour.
     */
    private static final Map<String, Color> MODELS = Map.of(
            "sequential", new Color(0x000000), "platform-pool", new Color(0x0072B2),
            "thread-per-task", new Color(0xD55E00), "virtual", new Color(0x009E73),
            "forkjoin", new Color(0xE69F00), "parallel-stream", new Color(0xCC79A7),
            "process-pool", new Color(0x56B4E9), "process-per-task", new Color(0x8C7A00),
            "cluster", new Color(0x661100));

    /** Paul Tol's "muted" scheme, for names that are not documented models. */
    private static final List<Color> OTHERS = List.of(
            new Color(0x332288), new Color(0x882255), new Color(0x117733), new Color(0x44AA99),
            new Color(0x999933), new Color(0xAA4499), new Color(0x88CCEE), new Color(0xDDCC77));

    private static final double S = 7;

    private static final List<Shape> SHAPES = List.of(
            new Ellipse2D.Double(-S / 2, -S / 2, S, S),
            new Rectangle2D.Double(-S / 2, -S / 2, S, S),
            polygon(0, -S * 0.65, S * 0.6, S * 0.45, -S * 0.6, S * 0.45),
            polygon(0, -S * 0.7, S * 0.7, 0, 0, S * 0.7, -S * 0.7, 0),
            polygon(0, S * 0.65, S * 0.6, -S * 0.45, -S * 0.6, -S * 0.45),
            polygon(-S / 2, -S / 6, -S / 6, -S / 6, -S / 6, -S / 2, S / 6, -S / 2, S / 6, -S / 6, S / 2, -S / 6,
                    S / 2, S / 6, S / 6, S / 6, S / 6, S / 2, -S / 6, S / 2, -S / 6, S / 6, -S / 2, S / 6),
            new Rectangle2D.Double(-S / 2, -S / 4, S, S / 2),
            new Rectangle2D.Double(-S / 4, -S / 2, S / 2, S));

    private Palette() {
    }

    /** The colour of a model (or of the {@code index}-th other name, a fallback for names it does not know). */
    public static Color colour(String name, int index) {
        Color known = MODELS.get(name);
        return known != null ? known : OTHERS.get(Math.floorMod(index, OTHERS.size()));
    }

    /** Whether {@code name} has a colour of its own (not a fallback). */
    static boolean hasOwnColour(String name) {
        return MODELS.containsKey(name);
    }

    /** The marker of a model (or of the {@code index}-th other name). */
    public static Shape shape(String name, int index) {
        int known = KnownModels.NAMES.indexOf(name);
        return SHAPES.get(Math.floorMod(known >= 0 ? known : index, SHAPES.size()));
    }

    /** The colour as {@code #rrggbb}, for HTML. */
    public static String hex(Color c) {
        return String.format("#%06x", c.getRGB() & 0xFFFFFF);
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
