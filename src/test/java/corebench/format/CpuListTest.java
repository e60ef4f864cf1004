package corebench.format;

import static org.assertj.core.api.Assertions.assertThat;

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
}
