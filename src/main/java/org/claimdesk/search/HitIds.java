package org.claimdesk.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of the ids of the claims a search finds, in its order; {@code next} asks for the following page (null after the last). */
public record HitIds(List<Long> ids, @Nullable SearchCursor next) {

    public HitIds {
        ids = List.copyOf(ids);
    }
}
