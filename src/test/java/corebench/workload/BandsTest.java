package corebench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandsTest {

    @Test
    void cutsRowsIntoEvenBands() {
        assertThat(Bands.split(1, 10, 3)).containsExactly(1, 4, 7, 10);
        assertThat(Bands.split(0, 10, 4)).containsExactly(0, 2, 5, 7, 10);
    }

    @Test
    void givesOneRowPerBandWhenAskedForMoreBandsThanRows() {
        assertThat(Bands.split(1, 4, 32)).containsExactly(1, 2, 3, 4);
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 1", "1, 4094, 8", "1, 4094, 7", "0, 13, 5", "3, 100, 99"})
    void bandsCoverTheRangeAndDifferByAtMostOneRow(int from, int to, int count) {
        int[] bounds = Bands.split(from, to, count);
        assertThat(bounds[0]).isEqualTo(from);
        assertThat(bounds[bounds.length - 1]).isEqualTo(to);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int b = 0; b + 1 < bounds.length; b++) {
            int height = bounds[b + 1] - bounds[b];
            min = Math.min(min, height);
            max = Math.max(max, height);
        }
        assertThat(min).isPositive();
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Test
    void rejectsEmptyRangesAndNoBands() {
        assertThatThrownBy(() -> Bands.split(5, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bands.split(0, 5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
