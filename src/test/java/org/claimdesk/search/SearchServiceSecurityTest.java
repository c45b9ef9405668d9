package org.claimdesk.search;

import org.claimdesk.ClaimdeskTest;
import org.claimdesk.SecurityMatrix;
import org.claimdesk.TestUsers;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every public method of the search service, for every role and for nobody signed in. */
@ClaimdeskTest
class SearchServiceSecurityTest {

    @Autowired SearchService search;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everybody_signed_in_searches_and_only_admins_rebuild(Role role) {
        users.signIn(role);
        SearchQuery query = SearchQuery.of("open source");
        SecurityMatrix.expect(role, Role.VIEWER, () -> search.page(query, null, 10));
        SecurityMatrix.expect(role, Role.VIEWER, () -> search.facets(query, 5));
        SecurityMatrix.expect(role, Role.VIEWER, () -> search.check(query));
        SecurityMatrix.expect(role, Role.VIEWER, () -> search.skip(query, null, 5));
        SecurityMatrix.expect(role, Role.VIEWER, () -> search.ids(query, null, 5));
        SecurityMatrix.expect(role, Role.VIEWER, search::status);
        SecurityMatrix.expect(role, Role.VIEWER, search::queryFields);
        SecurityMatrix.expect(role, Role.ADMIN, search::rebuild);
    }

    @Test
    void nobody_signed_in_searches_nothing() {
        SearchQuery query = SearchQuery.of("open source");
        SecurityMatrix.expectSignInRequired(() -> search.page(query, null, 10));
        SecurityMatrix.expectSignInRequired(() -> search.facets(query, 5));
        SecurityMatrix.expectSignInRequired(() -> search.check(query));
        SecurityMatrix.expectSignInRequired(() -> search.skip(query, null, 5));
        SecurityMatrix.expectSignInRequired(() -> search.ids(query, null, 5));
        SecurityMatrix.expectSignInRequired(search::status);
        SecurityMatrix.expectSignInRequired(search::queryFields);
        SecurityMatrix.expectSignInRequired(search::rebuild);
    }
}
