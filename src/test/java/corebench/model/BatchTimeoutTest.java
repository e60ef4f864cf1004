package corebench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchTimeoutTest {

    @Test
    void readsMillisecondsSecondsAndMinutes() {
        assertThat(BatchTimeout.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(BatchTimeout.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(BatchTimeout.parse(" 2m ")).isEqualTo(Duration.ofMinutes(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "30", "0s", "-5s", "1.5s", "10h", "abc", "9999999999s"})
    void rejectsAnythingElseClearly(String value) {
        assertThatThrownBy(() -> BatchTimeout.parse(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("corebench.batchTimeout must be a positive duration like 30s, 500ms or 2m, was '" + value + "'");
    }

    @Test
    void constructorsRejectNonPositiveTimeouts() {
        assertThatThrownBy(() -> new ProcessPoolModel(1, Duration.ZERO)).hasMessageContaining("batch timeout must be positive");
        assertThatThrownBy(() -> new ProcessPerTaskModel(1, Duration.ofSeconds(-1))).hasMessageContaining("batch timeout must be positive");
    }

    @Test
    void startUpGetsAtLeastAMinuteWhateverTheBatchTimeout() {
        assertThat(BatchTimeout.startup(Duration.ofMillis(500))).isEqualTo(Duration.ofMinutes(1));
        assertThat(BatchTimeout.startup(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
    }
}
