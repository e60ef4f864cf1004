package corebench.report.render;

import java.util.List;
import java.util.Map;

/** The few HTML building blocks the report needs; all text goes through {@link #escape}. */
final class Html {

    private Html() {
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A table with a header row; cells are escaped text. A first cell found in {@code swatches} (model
     * name to colour) gets a colour swatch, so tables match the charts.
     */
    static String table(String cssClass, List<String> header, List<List<String>> rows, Map<String, String> swatches) {
        StringBuilder b = new StringBuilder("<table class=\"" + cssClass + "\">\n<thead><tr>");
        header.forEach(h -> b.append("<th>").append(escape(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String swatch = i == 0 ? swatches.get(row.get(i)) : null;
                b.append("<td>").append(swatch == null ? "" : "<span class=\"swatch\" style=\"background:" + swatch
                        + "\"></span>").append(escape(row.get(i))).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table>\n").toString();
    }
}
