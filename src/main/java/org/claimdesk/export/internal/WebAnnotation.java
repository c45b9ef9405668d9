package org.claimdesk.export.internal;

/**
 * The terms Claimdesk uses in W3C Web Annotation JSON-LD (docs/export-format.md): the context, the identifiers of
 * claims and article texts, and the schemes of the classifying bodies. Shared by the writer and the importer.
 */
public final class WebAnnotation {

    public static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Claimdesk's own terms, as the prefix {@code claimdesk:} in the context. */
    public static final String VOCABULARY = "urn:claimdesk:vocab:";
    public static final String CLAIM_ID = "urn:claimdesk:claim:";
    /** An article's text, by the SHA-256 of its stored body: the same in every Claimdesk that holds it. */
    public static final String TEXT_ID = "urn:sha256:";
    public static final String CLAIM_TYPE = "urn:claimdesk:claim-type:";
    public static final String ATTRIBUTION = "urn:claimdesk:attribution:";
    public static final String CERTAINTY = "urn:claimdesk:certainty:";
    public static final String SPEAKER_KIND = "claimdesk:speakerKind";
    public static final String STATUS = "claimdesk:status";

    private WebAnnotation() {
    }
}
