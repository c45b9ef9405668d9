package org.claimdesk.security;

import java.util.List;
import org.claimdesk.ClaimdeskTest;
import org.claimdesk.SecurityMatrix;
import org.claimdesk.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

@ClaimdeskTest
class SignInLocksSecurityTest {

    @Autowired SignInLocks locks;
    @Autowired TestUsers users;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void only_admins_see_and_lift_sign_in_locks(Role role) {
        users.signIn(role);
        SecurityMatrix.expect(role, Role.ADMIN, () -> locks.lockedUntil(List.of("viewer")));
        SecurityMatrix.expect(role, Role.ADMIN, () -> locks.unlock("someone-else"));
    }

    @Test
    void nobody_signed_in_sees_or_lifts_sign_in_locks() {
        SecurityMatrix.expectSignInRequired(() -> locks.lockedUntil(List.of("viewer")));
        SecurityMatrix.expectSignInRequired(() -> locks.unlock("viewer"));
    }
}
