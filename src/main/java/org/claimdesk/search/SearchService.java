package org.claimdesk.search;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.search.internal.SearchEngine;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Searching claims. Everybody signed in searches every claim (every signed-in user may read every claim); only
 * admins rebuild the index. A query that cannot be read or run is refused with an {@link InvalidInputException}
 * on the field {@code query} whose message names the problem.
 */
@Service
public class SearchService {

    /** The largest page {@link #page} returns. */
    public static final int MAX_PAGE = 1_000;
    /** The most hits {@link #skip} passes over in one call. */
    public static final int MAX_SKIP = 10_000;
    /** The largest page {@link #ids} returns. */
    public static final int MAX_IDS = 10_000;

    private final SearchEngine engine;

    SearchService(SearchEngine engine) {
        this.engine = engine;
    }

    /**
     * A page of hits for {@code query} in its order: the first page when {@code after} is null, else the page
     * after the one that ended at {@code after}. Paging goes as deep as the hits go.
     */
    @RolesAllowed(Roles.VIEWER)
    public SearchPage page(SearchQuery query, @Nullable SearchCursor after, int limit) {
        return engine.page(query, after, Math.clamp(limit, 1, MAX_PAGE));
    }

    /**
     * Where the page {@code count} hits past {@code after} begins, without reading the hits in between: how a
     * list reaches a row far down. Null when there are no more hits than that.
     */
    @RolesAllowed(Roles.VIEWER)
    public @Nullable SearchCursor skip(SearchQuery query, @Nullable SearchCursor after, int count) {
        return engine.skip(query, after, Math.clamp(count, 1, MAX_SKIP));
    }

    /**
     * The ids of the claims {@code query} finds, in its order, a page at a time from {@code after} (null: the first
     * page): every hit, for callers that need all of them, such as exports. Refused like {@link #page}; a page that
     * the time limit would cut short is refused too, so that a caller never takes part of the hits for all of them.
     */
    @RolesAllowed(Roles.VIEWER)
    public HitIds ids(SearchQuery query, @Nullable SearchCursor after, int limit) {
        return engine.ids(query, after, Math.clamp(limit, 1, MAX_IDS));
    }

    /** The facet dimensions' values among the hits of {@code query}, each with its count, most first. */
    @RolesAllowed(Roles.VIEWER)
    public List<Facet> facets(SearchQuery query, int valuesPerDimension) {
        return engine.facets(query, Math.clamp(valuesPerDimension, 1, 100));
    }

    /** Refuses a query that cannot be read or run (for callers that run it later, such as exports). */
    @RolesAllowed(Roles.VIEWER)
    public void check(SearchQuery query) {
        engine.check(query);
    }

    /** How many claims the index holds, and whether it is being rebuilt (results may be incomplete meanwhile). */
    @RolesAllowed(Roles.VIEWER)
    public IndexStatus status() {
        return engine.status();
    }

    /** The fields a query may name, with examples, in the order the help lists them. */
    @RolesAllowed(Roles.VIEWER)
    public List<QueryField> queryFields() {
        return engine.queryFields();
    }

    /** Rebuilds the index from the database, in the background; {@link #status} shows the progress. */
    @RolesAllowed(Roles.ADMIN)
    public void rebuild() {
        engine.rebuild("an admin (" + CurrentUser.requireUsername() + ") asked for it");
    }
}
