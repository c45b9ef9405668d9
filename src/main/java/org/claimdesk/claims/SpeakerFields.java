package org.claimdesk.claims;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a person enters for a speaker, new or edited. */
public record SpeakerFields(
        String name,
        List<String> aliases,
        SpeakerKind kind,
        @Nullable String role,
        @Nullable String organisation,
        @Nullable String sameAs) {

    public static SpeakerFields named(String name, SpeakerKind kind) {
        return new SpeakerFields(name, List.of(), kind, null, null, null);
    }
}
