package org.claimdesk.articles;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which articles a list shows besides its text filter: all of them, only the given ids, or all but the given ids.
 * Another feature that knows something about articles (their claims' review state, say) narrows the list with it.
 */
public record ArticleScope(@Nullable Set<Long> only, Set<Long> except) {

    public static final ArticleScope ALL = new ArticleScope(null, Set.of());

    public ArticleScope {
        only = only == null ? null : Set.copyOf(only);
        except = Set.copyOf(except);
    }

    public static ArticleScope only(Collection<Long> ids) {
        return new ArticleScope(Set.copyOf(ids), Set.of());
    }

    public static ArticleScope except(Collection<Long> ids) {
        return new ArticleScope(null, Set.copyOf(ids));
    }

    /** The articles in both scopes. */
    public ArticleScope and(ArticleScope other) {
        Set<Long> both = only == null ? other.only : other.only == null ? only
                : only.stream().filter(other.only::contains).collect(java.util.stream.Collectors.toSet());
        Set<Long> neither = new java.util.HashSet<>(except);
        neither.addAll(other.except);
        if (both != null) {
            return ArticleScope.only(both.stream().filter(id -> !neither.contains(id)).toList());
        }
        return ArticleScope.except(neither);
    }

    /** True when no article can be in it. */
    boolean isEmpty() {
        return only != null && only.isEmpty();
    }
}
