package org.claimdesk.export;

/** What an import does with what it finds. */
public enum ImportMode {
    /** Checks everything and reports what would happen; changes nothing. */
    DRY_RUN("Dry run: check and report, change nothing"),
    /** Imports every annotation, or, when any one is refused, none. The default. */
    ALL_OR_NOTHING("Import all, or nothing when any is refused"),
    /** Imports the annotations that pass and reports the others. */
    VALID_ONLY("Import those that pass, report the others");

    private final String label;

    ImportMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
