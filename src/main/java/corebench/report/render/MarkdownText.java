package corebench.report.render;

/**
 * Makes a Markdown document inert for a viewer when it carries text from results folders (parameters, model
 * names, machine descriptions come from other people): no raw HTML ({@code <} is written {@code &lt;}, so
 * {@code <script>} or {@code <img>} cannot form), no link or image ({@code ](} is written {@code ]\(}). A viewer
 * shows corebench's own text unchanged: it uses neither.
 */
final class MarkdownText {

    private MarkdownText() {
    }

    static String inert(CharSequence markdown) {
        return markdown.toString().replace("<", "&lt;").replace("](", "]\\(");
    }
}
