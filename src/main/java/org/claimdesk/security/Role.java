package org.claimdesk.security;

import java.util.Arrays;
import java.util.List;

/**
 * The roles of Claimdesk, weakest first. Each role includes the rights of every role before it, so a
 * user holds one role and is granted the authorities of all roles up to it.
 */
public enum Role {
    VIEWER("Viewer", "reads articles and claims"),
    ANNOTATOR("Annotator", "adds articles and claims"),
    REVIEWER("Reviewer", "reviews other people's claims"),
    EDITOR("Editor", "edits any claim, manages speakers"),
    ADMIN("Admin", "manages users");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The Spring Security authority of this role alone, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** This role and every weaker one: what a user holding this role is granted. */
    public List<Role> granted() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal()).toList();
    }

    public boolean includes(Role other) {
        return other.ordinal() <= ordinal();
    }
}
