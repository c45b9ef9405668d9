package org.claimdesk.export.internal;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.claims.Attribution;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.SpeakerCertainty;
import org.claimdesk.claims.SpeakerKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads W3C Web Annotation JSON-LD as {@link WebAnnotationWriter} writes it, and also a single Annotation, a list
 * of them, or an AnnotationPage. A file that is not JSON or holds no annotations is refused as a whole; an
 * annotation that cannot become a claim comes back with the reason. Bodies Claimdesk does not know are ignored;
 * missing classifications get defaults (type OTHER, UNATTRIBUTED, ASSERTED, confidence 50).
 */
public final class WebAnnotationReader {

    public static final int MAX_ANNOTATIONS = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebAnnotationReader() {
    }

    public static List<Annotation> read(byte[] file) {
        JsonNode root;
        try {
            root = JSON.readTree(file);
        } catch (JacksonException e) {
            throw new ImportRefused("The file is not valid JSON (line %d, column %d): %s".formatted(
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), e.getOriginalMessage()));
        }
        List<JsonNode> items = items(root);
        if (items.isEmpty()) {
            throw new ImportRefused("The file holds no annotations.");
        }
        if (items.size() > MAX_ANNOTATIONS) {
            throw new ImportRefused("The file holds %,d annotations; at most %,d are imported at once. Split it."
                    .formatted(items.size(), MAX_ANNOTATIONS));
        }
        List<Annotation> annotations = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            annotations.add(annotation(i + 1, items.get(i)));
        }
        return annotations;
    }

    private static List<JsonNode> items(@Nullable JsonNode root) {
        List<JsonNode> items = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(items::add);
        } else if (root != null && hasType(root, "Annotation")) {
            items.add(root);
        } else if (root != null && hasType(root, "AnnotationPage")) {
            root.path("items").forEach(items::add);
        } else if (root != null && hasType(root, "AnnotationCollection")) {
            for (JsonNode page = root.path("first"); page.isObject(); page = page.path("next")) {
                page.path("items").forEach(items::add);
            }
        } else {
            throw new ImportRefused("This is not W3C Web Annotation JSON-LD: expected an Annotation, an "
                    + "AnnotationPage, an AnnotationCollection or a list of Annotations.");
        }
        return items;
    }

    private static boolean hasType(JsonNode node, String type) {
        JsonNode types = node.path("type");
        if (types.isArray()) {
            for (JsonNode t : types) {
                if (type.equals(t.asString())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(types.asString(""));
    }

    private static Annotation annotation(int position, JsonNode node) {
        String id = node.path("id").asString("");
        if (!node.isObject() || !hasType(node, "Annotation")) {
            return Annotation.refused(position, id, "It is not an Annotation (its type is not \"Annotation\").");
        }
        JsonNode target = node.path("target").isArray() ? node.path("target").path(0) : node.path("target");
        JsonNode source = target.path("source");
        String sourceId = source.isObject() ? source.path("id").asString("") : source.asString("");
        if (!sourceId.startsWith(WebAnnotation.TEXT_ID)) {
            return Annotation.refused(position, id, "Its target is not an article text that Claimdesk can identify "
                    + "(expected a source id " + WebAnnotation.TEXT_ID + "…, found \"" + sourceId + "\").");
        }
        JsonNode quote = selector(target, "TextQuoteSelector");
        JsonNode place = selector(target, "TextPositionSelector");
        if (quote == null || !quote.path("exact").isString()) {
            return Annotation.refused(position, id, "Its target has no TextQuoteSelector with the exact quote.");
        }
        if (place == null || !place.path("start").canConvertToInt() || !place.path("end").canConvertToInt()
                || !place.path("start").isIntegralNumber() || !place.path("end").isIntegralNumber()) {
            return Annotation.refused(position, id, "Its target has no TextPositionSelector with whole-number start "
                    + "and end.");
        }
        Bodies bodies = new Bodies();
        String problem = bodies.read(node.path("body"));
        if (problem != null) {
            return Annotation.refused(position, id, problem);
        }
        JsonNode creator = node.path("creator").isArray() ? node.path("creator").path(0) : node.path("creator");
        String author = creator.isObject() ? creator.path("nickname").asString(creator.path("name").asString(""))
                : creator.asString("");
        return new Annotation(position, id, sourceId.substring(WebAnnotation.TEXT_ID.length()),
                place.path("start").asInt(), place.path("end").asInt(), quote.path("exact").asString(),
                text(quote.path("prefix")), text(quote.path("suffix")), bodies.speaker, bodies.speakerKind, bodies.type,
                bodies.attribution, bodies.certainty, bodies.confidence, bodies.tags, bodies.note,
                author.isBlank() ? null : author, null);
    }

    private static @Nullable JsonNode selector(JsonNode target, String type) {
        JsonNode selectors = target.path("selector");
        if (selectors.isObject() && hasType(selectors, type)) {
            return selectors;
        }
        for (JsonNode s : selectors) {
            if (hasType(s, type)) {
                return s;
            }
        }
        return null;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    /** The bodies Claimdesk knows, by purpose; the first problem found, if any. */
    private static final class Bodies {
        @Nullable String speaker;
        SpeakerKind speakerKind = SpeakerKind.PERSON;
        ClaimType type = ClaimType.OTHER;
        Attribution attribution = Attribution.UNATTRIBUTED;
        SpeakerCertainty certainty = SpeakerCertainty.ASSERTED;
        int confidence = 50;
        final List<String> tags = new ArrayList<>();
        @Nullable String note;

        @Nullable String read(JsonNode bodies) {
            List<JsonNode> all = new ArrayList<>();
            if (bodies.isArray()) {
                bodies.forEach(all::add);
            } else if (bodies.isObject()) {
                all.add(bodies);
            }
            try {
                for (JsonNode body : all) {
                    String purpose = body.path("purpose").asString("");
                    String value = body.path("value").asString("");
                    switch (purpose) {
                        case "identifying" -> {
                            speaker = value;
                            speakerKind = SpeakerKind.valueOf(body.path(WebAnnotation.SPEAKER_KIND).asString("PERSON"));
                        }
                        case "classifying" -> classify(body.path("source").asString(""));
                        case "assessing" -> confidence = Integer.parseInt(value.strip());
                        case "tagging" -> tags.add(value);
                        case "commenting" -> note = value;
                        default -> { }
                    }
                }
            } catch (IllegalArgumentException unknown) {
                return "One of its bodies holds a value Claimdesk does not know: " + unknown.getMessage();
            }
            return confidence < 0 || confidence > 100 ? "Its confidence (" + confidence + ") is not from 0 to 100." : null;
        }

        private void classify(String source) {
            if (source.startsWith(WebAnnotation.CLAIM_TYPE)) {
                type = ClaimType.valueOf(source.substring(WebAnnotation.CLAIM_TYPE.length()));
            } else if (source.startsWith(WebAnnotation.ATTRIBUTION)) {
                attribution = Attribution.valueOf(source.substring(WebAnnotation.ATTRIBUTION.length()));
            } else if (source.startsWith(WebAnnotation.CERTAINTY)) {
                certainty = SpeakerCertainty.valueOf(source.substring(WebAnnotation.CERTAINTY.length()));
            }
        }
    }
}
