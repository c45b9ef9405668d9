package org.claimdesk.export;

/** What an export covers. */
public enum ExportScope {
    ALL("All claims"),
    ARTICLE("One article"),
    SEARCH("A search");

    private final String label;

    ExportScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
