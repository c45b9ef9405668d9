package org.claimdesk.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML page into article text: one line per paragraph (block element), whitespace inside a
 * paragraph folded, and nothing of scripts, styles, frames, forms or navigation. Only text comes out,
 * so attributes such as {@code onerror=} or {@code javascript:} links cannot survive.
 */
final class HtmlText {

    private static final String DROPPED = "script, style, iframe, frame, noscript, template, object, embed, "
            + "svg, canvas, form, button, select, nav, head";

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre", "article", "section", "header", "footer", "aside", "main", "figure",
            "figcaption", "table", "tr", "ul", "ol", "dl", "dt", "dd", "hr", "address", "br", "body");

    private HtmlText() {
    }

    static ArticleFiles.Extracted extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().strip();
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? "" : h1.text().strip();
        }
        doc.select(DROPPED).remove();
        Collector collector = new Collector();
        doc.body().traverse(collector);
        collector.endParagraph();
        return new ArticleFiles.Extracted(String.join("\n", collector.paragraphs), title.isEmpty() ? null : title);
    }

    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                endParagraph();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                endParagraph();
            }
        }

        void endParagraph() {
            String paragraph = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
        }
    }
}
