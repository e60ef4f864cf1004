package corebench.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedRatioTest {

    @Test
    void pairsRoundsSoThatADisturbanceSharedByBothHalvesCancels() {
        // round 2 ran slow on both sides: unpaired intervals would overlap, paired ratios agree
        Map<Integer, Double> a = Map.of(1, 10.0, 2, 20.0, 3, 10.2);
        Map<Integer, Double> b = Map.of(1, 5.0, 2, 10.1, 3, 5.05);
        PairedRatio r = PairedRatio.of(a, b);
        assertThat(r.rounds()).isEqualTo(3);
        assertThat(r.value()).isCloseTo(2.0, within(0.02));
        assertThat(r.tie()).isFalse();
    }

    @Test
    void onlyRoundsPresentOnBothSidesArePaired() {
        PairedRatio r = PairedRatio.of(Map.of(1, 2.0, 2, 2.2, 5, 9.0), Map.of(1, 2.0, 2, 2.0, 3, 1.0));
        assertThat(r.rounds()).isEqualTo(2);
        assertThat(r.value()).isCloseTo(1.05, within(1e-12));
        assertThat(r.tie()).as("1.0 and 1.1: the interval of 2 rounds holds 1").isTrue();
    }

    @Test
    void withoutTwoPairedRoundsThereIsNoIntervalAndNoClaimOfADifference() {
        PairedRatio r = PairedRatio.of(Map.of(1, 4.0), Map.of(1, 2.0));
        assertThat(r.value()).isEqualTo(2.0);
        assertThat(r.hasInterval()).isFalse();
        assertThat(r.tie()).isTrue();
    }
}
