package org.claimdesk.review;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.claimdesk.articles.ArticleService;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.AccountStatus;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on which article: editors assign annotators and reviewers (several of each); everybody signed in sees
 * who is assigned. A reviewer's queue holds the submitted claims of the articles they are assigned to review.
 */
@Service
public class AssignmentService {

    private final ArticleAssignments assignments;
    private final ArticleService articles;
    private final AccountStatus accounts;

    AssignmentService(ArticleAssignments assignments, ArticleService articles, AccountStatus accounts) {
        this.assignments = assignments;
        this.articles = articles;
        this.accounts = accounts;
    }

    /**
     * Assigns the account to the article. Assigning someone twice changes nothing.
     *
     * @throws InvalidInputException when there is no such enabled account, or its role is too weak for the work
     */
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public Assignments assign(long articleId, String username, AssignedAs as) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        var role = accounts.activeRole(name)
                .orElseThrow(() -> new InvalidInputException("username", "There is no enabled account “" + name + "”."));
        if (!role.includes(as.needs())) {
            throw new InvalidInputException("username", "%s is a %s; only %ss and up %s.".formatted(name,
                    role.label().toLowerCase(Locale.ROOT), as.needs().label().toLowerCase(Locale.ROOT),
                    as == AssignedAs.REVIEWER ? "review" : "annotate"));
        }
        articles.find(articleId).orElseThrow(() -> new InvalidInputException("This article no longer exists."));
        assignments.add(articleId, name, as, CurrentUser.requireUsername());
        return of(articleId);
    }

    /** Takes the account off the article's work. */
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public Assignments unassign(long articleId, String username, AssignedAs as) {
        assignments.remove(articleId, username, as);
        return of(articleId);
    }

    /** Who is assigned to the article. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public Assignments of(long articleId) {
        return new Assignments(articleId, assignments.people(articleId, AssignedAs.ANNOTATOR),
                assignments.people(articleId, AssignedAs.REVIEWER));
    }

    /** The ids of the articles the signed-in user is assigned to, as {@code as}. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public List<Long> mine(AssignedAs as) {
        return assignments.articles(CurrentUser.requireUsername(), as);
    }
}
