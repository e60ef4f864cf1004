package corebench.report.verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import corebench.report.render.CsvTables;
import corebench.report.render.Html;
import corebench.report.render.MarkdownSummary;
import corebench.report.render.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The verdict's outputs: {@code verdict.csv} (one line per ranked model, unrounded), {@code verdict.json}
 * (everything), the HTML section that opens {@code index.html}, the Markdown that opens {@code summary.md}
 * and the README, and the console lines {@code report} ends with.
 */
public final class VerdictFiles {

    /** verdict.csv's columns; {@code value_ci999} is the 99.9% half-width, empty when unknown. */
    static final List<String> CSV_HEADER = List.of("work", "scenario", "cores", "figure", "rank", "model", "value",
            "value_ci999", "shown", "avoid", "scaling");

    private static final String READING = "a model shares the leader's rank when the 99.9% interval of their ratio,"
            + " round by round, holds 1 (rank 1: the best and every model the measurements cannot tell apart from it);"
            + " a result that is not claimed is shown, never ranked.";

    private VerdictFiles() {
    }

    /** Writes verdict.csv and verdict.json into {@code dir}. */
    public static void write(Verdict v, Path dir) throws IOException {
        Files.write(dir.resolve("verdict.csv"), csv(v));
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("verdict.json").toFile(), v);
    }

    /** verdict.csv's lines. */
    static List<String> csv(Verdict v) {
        List<String> lines = new ArrayList<>(List.of(CsvTables.line(CSV_HEADER)));
        for (VerdictRow r : v.rows()) {
            for (Ranking.Ranked ranked : r.ranking()) {
                Contender c = ranked.contender();
                String avoid = r.avoid().stream().filter(a -> a.startsWith(c.label() + ": ")).findFirst().orElse("");
                lines.add(CsvTables.line(List.of(r.work(), r.scenario(), Integer.toString(r.cores()), r.figure(),
                        ranked.rank() == Ranking.NOT_RANKED ? "not claimed" : Integer.toString(ranked.rank()), c.label(), CsvTables.number(c.figure().value()),
                        CsvTables.number(c.figure().error()), c.shown(), avoid, r.scaling())));
            }
        }
        return lines;
    }

    /** The section that opens index.html; empty when the run measured none of the kinds of work. */
    public static String html(Verdict v) {
        if (v.rows().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section class=\"verdict\" id=\"verdict\">\n<h2>")
                .append(Verdict.TITLE).append("</h2>\n<p>").append(Html.escape(reading(v))).append("</p>\n")
                .append(Html.table("verdict-table", VerdictTables.VERDICT_HEADER, VerdictTables.verdict(v, "\n"), Map.of()));
        if (!v.overheads().isEmpty()) {
            b.append("<h3>Break-even task sizes (granularity)</h3>\n").append(Html.table("figures",
                    VerdictTables.OVERHEAD_HEADER, VerdictTables.overheads(v), Map.of()));
        }
        if (!v.workers().isEmpty()) {
            b.append("<h3>Workers blocking work needs (blocking)</h3>\n").append(Html.table("figures",
                    VerdictTables.WORKERS_HEADER, VerdictTables.workers(v), Map.of()));
        }
        return b.append("</section>\n").toString();
    }

    /** The Markdown that opens summary.md (and the README's reference run); empty without rows. */
    public static String markdown(Verdict v) {
        if (v.rows().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("## ").append(Verdict.TITLE).append("\n\n").append(reading(v)).append("\n\n")
                .append(MarkdownSummary.table(VerdictTables.VERDICT_HEADER, VerdictTables.verdict(v, "; ")));
        if (!v.overheads().isEmpty()) {
            b.append("\nBreak-even task sizes (granularity):\n\n")
                    .append(MarkdownSummary.table(VerdictTables.OVERHEAD_HEADER, VerdictTables.overheads(v)));
        }
        if (!v.workers().isEmpty()) {
            b.append("\nWorkers blocking work needs (blocking):\n\n")
                    .append(MarkdownSummary.table(VerdictTables.WORKERS_HEADER, VerdictTables.workers(v)));
        }
        return b.append('\n').toString();
    }

    /** What the ranks mean, and the core count they are at when every row shares it. */
    private static String reading(Verdict v) {
        return "Ranked at the most cores measured" + VerdictTables.cores(v).map(c -> " (" + Numbers.cores(c) + ")")
                .orElse("") + "; " + READING;
    }

    /** The lines {@code report} ends with: one block per kind of work. */
    public static List<String> console(Verdict v) {
        List<String> lines = new ArrayList<>();
        if (v.rows().isEmpty()) {
            return lines;
        }
        lines.add(Verdict.TITLE + " (" + v.machine() + "; models in one rank are tied: their ratio's 99.9% CI holds 1):");
        for (VerdictRow r : v.rows()) {
            lines.add("  " + r.work() + ", " + r.cores() + " cores: " + r.bestAndStanding());
            lines.add("      " + r.headline());
            r.avoid().forEach(a -> lines.add("      avoid " + a));
            lines.add("      how far it scales: " + r.scaling());
        }
        if (!v.overheads().isEmpty()) {
            lines.add("Break-even task sizes (granularity): overhead per submission; task size for < 5%, < 1%");
            VerdictTables.overheads(v).forEach(o -> lines.add("  " + o.get(0) + ": " + o.get(1) + "; " + o.get(4)
                    + ", " + o.get(5)));
        }
        if (!v.workers().isEmpty()) {
            lines.add("Workers blocking work needs (blocking): best throughput; workers for 90% of it");
            VerdictTables.workers(v).forEach(w -> lines.add("  " + w.get(0) + ": " + w.get(1) + "; " + w.get(2)
                    + " = " + w.get(3)));
        }
        return lines;
    }
}
