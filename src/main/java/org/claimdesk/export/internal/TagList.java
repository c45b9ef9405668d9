package org.claimdesk.export.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A claim's tags in one CSV cell: separated by {@code ;}, with a {@code ;} inside a tag written {@code \;} and a
 * backslash written {@code \\}, so that any tag comes back exactly ({@link #split}).
 */
public final class TagList {

    private TagList() {
    }

    public static String join(List<String> tags) {
        StringBuilder cell = new StringBuilder();
        for (String tag : tags) {
            if (!cell.isEmpty()) {
                cell.append(';');
            }
            cell.append(tag.replace("\\", "\\\\").replace(";", "\\;"));
        }
        return cell.toString();
    }

    /** The tags of a cell that {@link #join} wrote. */
    public static List<String> split(String cell) {
        List<String> tags = new ArrayList<>();
        if (cell.isEmpty()) {
            return tags;
        }
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                tag.append(cell.charAt(++i));
            } else if (c == ';') {
                tags.add(tag.toString());
                tag.setLength(0);
            } else {
                tag.append(c);
            }
        }
        tags.add(tag.toString());
        return tags;
    }
}
