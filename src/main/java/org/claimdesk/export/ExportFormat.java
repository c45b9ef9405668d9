package org.claimdesk.export;

/** The file formats an export writes. */
public enum ExportFormat {
    /** RFC 4180 CSV in UTF-8, one row per claim; columns in docs/export-format.md. */
    CSV("CSV", "csv", "text/csv; charset=UTF-8"),
    /** W3C Web Annotation JSON-LD: an AnnotationCollection of one Annotation per claim; in docs/export-format.md. */
    WEB_ANNOTATION("JSON-LD", "jsonld", "application/ld+json");

    private final String label;
    private final String extension;
    private final String contentType;

    ExportFormat(String label, String extension, String contentType) {
        this.label = label;
        this.extension = extension;
        this.contentType = contentType;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
