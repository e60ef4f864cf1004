package corebench.report.render;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Checks on rendered images. */
final class Images {

    private Images() {
    }

    /** Distinct colours on a grid of every {@code step}-th pixel: a blank image has one. */
    static int distinctColours(BufferedImage image, int step) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
