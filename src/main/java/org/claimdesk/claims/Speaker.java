package org.claimdesk.claims;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A speaker from the shared registry: who makes claims. */
public record Speaker(
        long id,
        String name,
        List<String> aliases,
        SpeakerKind kind,
        @Nullable String role,
        @Nullable String organisation,
        @Nullable String sameAs,
        long version) {

    /** Name, role and organisation in one line, e.g. "Mark Zuckerberg (CEO, Meta)". */
    public String describe() {
        String details = String.join(", ", java.util.stream.Stream.of(role, organisation)
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
        return details.isEmpty() ? name : name + " (" + details + ")";
    }
}
