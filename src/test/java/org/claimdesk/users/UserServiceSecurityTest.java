package org.claimdesk.users;

import java.util.UUID;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.SecurityMatrix;
import org.claimdesk.TestUsers;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@ClaimdeskTest
class UserServiceSecurityTest {

    @Autowired UserService service;
    @Autowired UserRepository repository;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    static NewUser someUser() {
        return new NewUser("u-" + UUID.randomUUID().toString().substring(0, 8), "Some One", "long-enough-pw", Role.VIEWER);
    }

    long viewerId() {
        return repository.findByUsername("viewer").orElseThrow().getId();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void only_admins_manage_users(Role role) {
        users.signIn(role);
        long viewer = viewerId();
        SecurityMatrix.expect(role, Role.ADMIN, () -> service.list("", PageRequest.of(0, 5)));
        SecurityMatrix.expect(role, Role.ADMIN, () -> service.count(""));
        SecurityMatrix.expect(role, Role.ADMIN, () -> service.create(someUser()));
        SecurityMatrix.expect(role, Role.ADMIN, () -> service.changeRole(viewer, Role.VIEWER));
        SecurityMatrix.expect(role, Role.ADMIN, () -> service.setEnabled(viewer, true));
        SecurityMatrix.expect(role, Role.ADMIN, () -> service.unlock(viewer));
    }

    @Test
    void nobody_signed_in_manages_users() {
        long viewer = viewerId();
        SecurityMatrix.expectSignInRequired(() -> service.list("", PageRequest.of(0, 5)));
        SecurityMatrix.expectSignInRequired(() -> service.count(""));
        SecurityMatrix.expectSignInRequired(() -> service.create(someUser()));
        SecurityMatrix.expectSignInRequired(() -> service.changeRole(viewer, Role.VIEWER));
        SecurityMatrix.expectSignInRequired(() -> service.setEnabled(viewer, true));
        SecurityMatrix.expectSignInRequired(() -> service.unlock(viewer));
    }
}
