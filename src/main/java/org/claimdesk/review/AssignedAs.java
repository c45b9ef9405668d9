package org.claimdesk.review;

import org.claimdesk.security.Role;

/** What someone is assigned to an article as; the role they need for it. */
public enum AssignedAs {
    ANNOTATOR("Annotator", Role.ANNOTATOR),
    REVIEWER("Reviewer", Role.REVIEWER);

    private final String label;
    private final Role needs;

    AssignedAs(String label, Role needs) {
        this.label = label;
        this.needs = needs;
    }

    public String label() {
        return label;
    }

    public Role needs() {
        return needs;
    }
}
