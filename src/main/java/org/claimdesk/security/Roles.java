package org.claimdesk.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} on services and views. */
public final class Roles {
    public static final String VIEWER = "VIEWER";
    public static final String ANNOTATOR = "ANNOTATOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
