package corebench.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import corebench.report.results.Untrusted;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 22: text from results folders is shown, never run (CSV cells, Markdown, terminal). */
class InertTextTest {

    @Test
    void csvCellsThatASpreadsheetWouldRunGetAQuoteAndNumbersStayNumbers() {
        assertThat(CsvTables.line(List.of("=1+2", "+SUM(A1)", "-x", "@A1", "\tb", "\rc", "-0.5", "-1.5E-4", "+3", "plain", "a=b")))
                .isEqualTo("'=1+2,'+SUM(A1),'-x,'@A1,'\tb,\"'\rc\",-0.5,-1.5E-4,+3,plain,a=b");
        assertThat(CsvTables.line(List.of("=HYPERLINK(\"x\")"))).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void markdownCarriesNoHtmlAndNoLinks() {
        assertThat(MarkdownText.inert("- <script>x</script> [a](http://b) ![i](http://c) p < 0.001 ([2])"))
                .isEqualTo("- &lt;script>x&lt;/script> [a]\\(http://b) ![i]\\(http://c) p &lt; 0.001 ([2])");
    }

    @Test
    void controlCharactersAreShownNotSentAndLongValuesAreCut() {
        assertThat(Untrusted.visible("a\u001b]0;t\u0007b\u202ec\u009bd")).isEqualTo("a\\x1b]0;t\\x07b\\u202ec\\x9bd");
        assertThat(Untrusted.visible("plain ± text")).isEqualTo("plain ± text");
        assertThat(Untrusted.shown("x".repeat(500))).hasSize(Untrusted.SHOWN_CHARS + 1).endsWith("…");
    }

    @Test
    void slugsAreUniqueAndBoundedAndKeepTheNamesOfRealScenarios() {
        assertThat(ScenarioCharts.slug("montecarlo kernel=scalar, scaling=strong")).isEqualTo("montecarlo-kernel-scalar-scaling-strong");
        assertThat(ScenarioCharts.slug("granularity chunkSize=10")).isEqualTo("granularity-chunksize-10");
        assertThat(ScenarioCharts.slug("platform-pool")).isEqualTo("platform-pool");
        assertThat(ScenarioCharts.slug("montecarlo kernel=SCALAR")).isNotEqualTo(ScenarioCharts.slug("montecarlo kernel=scalar"))
                .startsWith("montecarlo-kernel-scalar-");
        assertThat(ScenarioCharts.slug("w k=a-b, x=c")).isNotEqualTo(ScenarioCharts.slug("w k=a, b=x-c"));
        assertThat(ScenarioCharts.slug("w k=" + "v".repeat(300))).hasSizeLessThanOrEqualTo(ScenarioCharts.MAX_SLUG);
        assertThat(ScenarioCharts.slug("w k=" + "v".repeat(300))).isNotEqualTo(ScenarioCharts.slug("w k=" + "v".repeat(301)));
    }
}
