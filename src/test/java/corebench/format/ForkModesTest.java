package corebench.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkModesTest {

    private static final double[] NO_ERRORS = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};

    @Test
    void tenForksOfTheIssueFallIntoTwoModes() {
        // platform-pool, 2 workers on 2 cores, ten forks by hand: one at 34.2 ms among 13.3-15.5
        double[] means = {13.3, 14.1, 15.5, 13.9, 34.2, 14.6, 13.8, 15.0, 14.2, 13.6};
        List<ForkModes.Mode> modes = ForkModes.of(means, NO_ERRORS);
        assertThat(modes).hasSize(2);
        assertThat(modes.get(0).forks()).hasSize(9);
        assertThat(modes.get(1).forks()).containsExactly(4);
    }

    @Test
    void aSpreadWithoutAGapIsOneMode() {
        double[] means = {13, 14, 15, 16, 17, 18, 19, 20, 21, 22};
        assertThat(ForkModes.of(means, NO_ERRORS)).hasSize(1);
    }

    @Test
    void twoForksApartByLessThanTheirOwnNoiseAreOneMode() {
        assertThat(ForkModes.of(new double[] {14, 31}, new double[] {6, 6})).hasSize(1);
        assertThat(ForkModes.of(new double[] {14, 31}, new double[] {0.2, 0.2})).hasSize(2);
    }
}
