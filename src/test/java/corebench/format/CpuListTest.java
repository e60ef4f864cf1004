package corebench.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CpuListTest {

    @Test
    void readsWhatItWritesWithRangesOfThreeOrMore() {
        assertThat(CpuList.parse(" 0-3,8,10-11 \n")).containsExactly(0, 1, 2, 3, 8, 10, 11);
        assertThat(CpuList.parse("5,,1")).containsExactly(1, 5);
        assertThat(CpuList.format(List.of(3, 0, 1, 2, 8, 10, 11))).isEqualTo("0-3,8,10,11");
        assertThat(CpuList.format(List.of(0, 2, 4))).isEqualTo("0,2,4");
        assertThat(CpuList.format(CpuList.parse("0-255"))).isEqualTo("0-255");
        assertThat(CpuList.parse(CpuList.format(List.of(7, 1, 2, 3, 9)))).containsExactly(1, 2, 3, 7, 9);
    }

    @Test
    void anEmptyListIsNoCpusAndASingleCpuIsItself() {
        assertThat(CpuList.parse("")).isEmpty();
        assertThat(CpuList.parse(" \n")).isEmpty();
        assertThat(CpuList.format(List.of())).isEmpty();
        assertThat(CpuList.parse("7")).containsExactly(7);
        assertThat(CpuList.parse("4-4")).containsExactly(4);
        assertThat(CpuList.format(List.of(7))).isEqualTo("7");
    }

    @Test
    void whatIsNoCpuListIsOneClearException() {
        for (String bad : List.of("a", "1-", "-1", "3-1", "1-2-3", "0x1", "1.5", "8192", "0-99999")) {
            assertThatThrownBy(() -> CpuList.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CPU list");
        }
    }

    @Test
    void readsAProcessesAffinityFromProcSelfStatus() {
        assertThat(CpuList.allowed(List.of("Name:\tjava", "Cpus_allowed:\tf", "Cpus_allowed_list:\t0-3,6")))
                .containsExactly(0, 1, 2, 3, 6);
        assertThat(CpuList.allowed(List.of("Name:\tjava"))).isEmpty();
        assertThatThrownBy(() -> CpuList.allowed(List.of("Cpus_allowed_list:\tall")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
