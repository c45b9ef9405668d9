package org.claimdesk.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.claimdesk.search.SearchHit;

/**
 * A highlighter "format" that keeps only where the matches are: pairs of UTF-16 offsets, as Lucene counts, which
 * {@link #inCodePoints} turns into code points, as Claimdesk counts (an emoji before a match is one character,
 * not two).
 */
final class MatchOffsets extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        List<int[]> matches = new ArrayList<>();
        for (Passage passage : passages) {
            for (int i = 0; i < passage.getNumMatches(); i++) {
                matches.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
            }
        }
        return matches;
    }

    /** The matches of {@code formatted} (what {@link #format} returned, or null) in code points of {@code text}. */
    @SuppressWarnings("unchecked")
    static List<SearchHit.Match> inCodePoints(String text, Object formatted) {
        if (!(formatted instanceof List<?> list)) {
            return List.of();
        }
        List<SearchHit.Match> matches = new ArrayList<>();
        int lastEnd = -1;
        for (int[] m : (List<int[]>) list) {
            if (m[0] < lastEnd || m[1] > text.length()) {
                continue; // overlapping or beyond the stored text
            }
            matches.add(new SearchHit.Match(text.codePointCount(0, m[0]), text.codePointCount(0, m[1])));
            lastEnd = m[1];
        }
        return matches;
    }
}
