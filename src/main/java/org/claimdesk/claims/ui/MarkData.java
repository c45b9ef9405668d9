package org.claimdesk.claims.ui;

import com.vaadin.flow.internal.JacksonUtils;
import java.util.Collection;
import org.claimdesk.claims.Claim;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.claims.ClaimType;
import org.claimdesk.claims.Speaker;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The compact form in which the highlighter receives claims (see {@code frontend/src/highlighter-model.ts}):
 * a short tuple of numbers per claim, with type, status and speaker labels in lookup tables, so that 500
 * claims cost about 15 KB and a change to one claim a few hundred bytes.
 */
final class MarkData {

    private MarkData() {
    }

    /** Everything the highlighter shows: the lookup tables and every claim. */
    static ObjectNode full(Collection<Claim> claims) {
        ObjectNode data = JacksonUtils.createObjectNode();
        ArrayNode types = data.putArray("types");
        for (ClaimType type : ClaimType.values()) {
            types.addArray().add(type.label()).add(type.color());
        }
        ArrayNode statuses = data.putArray("statuses");
        for (ClaimStatus status : ClaimStatus.values()) {
            statuses.add(status.label());
        }
        data.set("speakers", speakers(claims));
        ArrayNode tuples = data.putArray("claims");
        claims.forEach(c -> tuples.add(tuple(c)));
        return data;
    }

    /** Claims added or changed and claims removed, with the names of the speakers the changed ones name. */
    static ObjectNode delta(Collection<Claim> upserts, Collection<Long> removed) {
        ObjectNode delta = JacksonUtils.createObjectNode();
        if (!upserts.isEmpty()) {
            ArrayNode tuples = delta.putArray("upsert");
            upserts.forEach(c -> tuples.add(tuple(c)));
            delta.set("speakers", speakers(upserts));
        }
        if (!removed.isEmpty()) {
            ArrayNode ids = delta.putArray("remove");
            removed.forEach(ids::add);
        }
        return delta;
    }

    /** A speaker's new name. */
    static ObjectNode renamed(Speaker speaker) {
        ObjectNode delta = JacksonUtils.createObjectNode();
        delta.putObject("speakers").put(String.valueOf(speaker.id()), speaker.name());
        return delta;
    }

    /** {@code [id, start, end, type, speaker id or 0, confidence, status]}. */
    static ArrayNode tuple(Claim c) {
        return JacksonUtils.createArrayNode()
                .add(c.id())
                .add(c.anchor().start())
                .add(c.anchor().end())
                .add(c.type().ordinal())
                .add(c.speaker() == null ? 0 : c.speaker().id())
                .add(c.confidence())
                .add(c.status().ordinal());
    }

    private static ObjectNode speakers(Collection<Claim> claims) {
        ObjectNode names = JacksonUtils.createObjectNode();
        for (Claim c : claims) {
            if (c.speaker() != null) {
                names.put(String.valueOf(c.speaker().id()), c.speaker().name());
            }
        }
        return names;
    }
}
