package org.claimdesk.search.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.claimdesk.search.SearchHit;

/**
 * A hit's quote with its matched words marked ({@code <mark>}), as text nodes only (a quote is never read as
 * HTML). Long quotes are cut to a window around the first match.
 */
final class HitQuote extends Span {

    static final int WINDOW = 280;

    HitQuote(SearchHit hit) {
        addClassName("hit-quote");
        String quote = hit.quote().replace('\n', ' ');
        int length = quote.codePointCount(0, quote.length());
        int from = 0;
        if (length > WINDOW && !hit.matches().isEmpty()) {
            from = Math.max(0, Math.min(hit.matches().getFirst().start() - 40, length - WINDOW));
        }
        int to = Math.min(length, from + WINDOW);
        if (from > 0) {
            getElement().appendChild(Element.createText("…"));
        }
        int at = from;
        for (SearchHit.Match match : hit.matches()) {
            if (match.end() <= at || match.start() >= to) {
                continue;
            }
            int start = Math.max(at, match.start());
            int end = Math.min(to, match.end());
            getElement().appendChild(Element.createText(slice(quote, at, start)));
            getElement().appendChild(new Element("mark").setText(slice(quote, start, end)));
            at = end;
        }
        getElement().appendChild(Element.createText(slice(quote, at, to) + (to < length ? "…" : "")));
    }

    private static String slice(String text, int fromCodePoint, int toCodePoint) {
        return text.substring(text.offsetByCodePoints(0, fromCodePoint), text.offsetByCodePoints(0, toCodePoint));
    }
}
