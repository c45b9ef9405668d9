package org.claimdesk.articles;

import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles' cards in bulk, for code inside Claimdesk that acts for nobody in particular (the search index, an
 * export already allowed by its own service): needs no signed-in user and returns only what every signed-in user
 * may read. Views read through {@link ArticleService}, under their user.
 */
@Service
@PermitAll
public class ArticleCards {

    private final ArticleRepository articles;

    ArticleCards(ArticleRepository articles) {
        this.articles = articles;
    }

    /** The cards of those of {@code ids} that exist, by id. One statement. */
    @Transactional(readOnly = true)
    public Map<Long, ArticleCard> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<ArticleCard> found = articles.findCards(ids);
        return found.stream().collect(Collectors.toMap(ArticleCard::id, Function.identity()));
    }
}
