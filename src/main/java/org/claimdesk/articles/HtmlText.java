package org.claimdesk.articles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * Turns an HTML page into article text: one line per paragraph (block element) and per table cell,
 * whitespace inside a paragraph folded, and nothing of scripts, styles, frames, forms, navigation, page
 * headers, footers or asides. Only text comes out, so attributes such as {@code onerror=} or
 * {@code javascript:} links cannot survive.
 */
final class HtmlText {

    private static final String DROPPED = "script, style, iframe, frame, noscript, template, object, embed, "
            + "svg, canvas, form, button, select, nav, header, footer, aside, head";

    /** Declared encodings that browsers read as windows-1252 (WHATWG Encoding Standard); Java would not. */
    private static final Set<String> READ_AS_WINDOWS_1252 = Set.of("ISO-8859-1", "US-ASCII");

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "blockquote", "pre", "article", "section", "main", "figure", "figcaption", "table", "caption", "tr", "td",
            "th", "ul", "ol", "dl", "dt", "dd", "hr", "address", "br", "body");

    private HtmlText() {
    }

    /**
     * The encoding the page declares ({@code <meta charset>}, {@code http-equiv} or an XML declaration), as
     * jsoup finds it; UTF-8 when it declares none. A byte-order mark is the caller's to check first.
     */
    static Charset declaredCharset(byte[] bytes) {
        try {
            Charset declared = Jsoup.parse(new ByteArrayInputStream(bytes), null, "").charset();
            if (READ_AS_WINDOWS_1252.contains(declared.name())) {
                return Charset.forName("windows-1252");
            }
            // A declaration that jsoup could read was ASCII bytes, so the page is not UTF-16 (browsers agree).
            return declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32")
                    ? StandardCharsets.UTF_8 : declared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
