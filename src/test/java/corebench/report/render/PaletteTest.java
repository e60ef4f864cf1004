package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.model.ModelKind;
import corebench.report.results.KnownModels;
import java.awt.Color;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void theReportKnowsEveryModelByItsPublishedName() {
        List<String> ids = Arrays.stream(ModelKind.values()).map(ModelKind::id).toList();
        assertThat(KnownModels.NAMES).containsAll(ids);
    }

    @Test
    void everyKnownModelHasItsOwnColour() {
        Set<Color> colours = new HashSet<>();
        for (String name : KnownModels.NAMES) {
            assertThat(Palette.hasOwnColour(name)).as(name).isTrue();
            colours.add(Palette.colour(name, 0));
        }
        assertThat(colours).as("distinct colours").hasSize(KnownModels.NAMES.size());
    }

    @Test
    void anUnknownNameGetsAFallbackColourAndComesLast() {
        Color fallback = Palette.colour("actor-model", 12);
        assertThat(fallback).isNotNull();
        assertThat(Palette.shape("actor-model", 12)).isNotNull();
        assertThat(KnownModels.NAMES.stream().map(n -> Palette.colour(n, 0))).doesNotContain(fallback);
        assertThat(KnownModels.ORDER.compare("actor-model", "cluster")).isPositive();
    }
}
