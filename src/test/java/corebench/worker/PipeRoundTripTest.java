package corebench.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The raw pipe baseline against a real echo child: every frame back in order, nothing left running. */
@ExtendWith(NoLeakedProcessesExtension.class)
class PipeRoundTripTest {

    @Test
    void echoesEveryFrameAtEveryWindowAndGoesOnCounting() throws IOException {
        try (PipeRoundTrip pipe = PipeRoundTrip.start()) {
            pipe.roundTrips(1, 1);
            pipe.roundTrips(1000, 1);
            pipe.roundTrips(10_000, 16);
            pipe.roundTrips(50_000, PipeRoundTrip.MAX_WINDOW); // 32 KiB in flight: more than one read's worth
            pipe.roundTrips(0, 16);
        }
    }

    @Test
    void theChildExitsWhenThePipeIsClosed() throws Exception {
        ProcessHandle child;
        try (PipeRoundTrip pipe = PipeRoundTrip.start()) {
            pipe.roundTrips(10, 4);
            child = ProcessHandle.of(pipe.pid()).orElseThrow();
        }
        assertThat(child.onExit().get(5, TimeUnit.SECONDS).isAlive()).isFalse();
    }

    @Test
    void aKilledChildIsAnErrorNamingIt() throws IOException {
        try (PipeRoundTrip pipe = PipeRoundTrip.start()) {
            pipe.roundTrips(10, 4);
            ProcessHandle.of(pipe.pid()).orElseThrow().destroyForcibly();
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1000; i++) {
                    pipe.roundTrips(100, 16);
                }
            }).isInstanceOf(IOException.class).hasMessageContaining(String.valueOf(pipe.pid()));
        }
    }

    @Test
    void refusesAWindowThePipeCannotHold() throws IOException {
        try (PipeRoundTrip pipe = PipeRoundTrip.start()) {
            assertThatThrownBy(() -> pipe.roundTrips(10, PipeRoundTrip.MAX_WINDOW + 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> pipe.roundTrips(10, 0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
