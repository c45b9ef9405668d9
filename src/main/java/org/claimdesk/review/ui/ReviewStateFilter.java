package org.claimdesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import org.claimdesk.articles.ArticleScope;
import org.claimdesk.articles.ui.ArticleListFilter;
import org.claimdesk.review.ArticleReviewState;
import org.claimdesk.review.ReviewQueues;

/** Filters the article list by the articles' derived review state (not started, in progress, awaiting review, reviewed). */
@org.springframework.stereotype.Component
class ReviewStateFilter implements ArticleListFilter {

    private final ReviewQueues queues;

    ReviewStateFilter(ReviewQueues queues) {
        this.queues = queues;
    }

    @Override
    public Control create(Runnable changed) {
        return new StateSelect(queues, changed);
    }

    /** The choice of one list; the articles in that state are read once per choice, in one grouped query. */
    static final class StateSelect implements Control {

        final Select<ArticleReviewState> select = new Select<>();
        private ArticleScope scope = ArticleScope.ALL;

        StateSelect(ReviewQueues queues, Runnable changed) {
            select.setId("review-state-filter");
            select.setAriaLabel("Review state");
            select.setItems(ArticleReviewState.values());
            select.setItemLabelGenerator(s -> s == null ? "Any review state" : s.label());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Any review state");
            select.setPlaceholder("Any review state");
            select.addValueChangeListener(e -> {
                scope = e.getValue() == null ? ArticleScope.ALL : queues.articlesIn(e.getValue());
                changed.run();
            });
        }

        @Override
        public Component component() {
            return select;
        }

        @Override
        public ArticleScope scope() {
            return scope;
        }
    }
}
