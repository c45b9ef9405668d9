package org.claimdesk;

import org.claimdesk.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Asserts what a service guard does for a role: lets the call through, or denies it. */
public final class SecurityMatrix {

    private SecurityMatrix() {
    }

    /** The call passes the guard when {@code role} includes {@code required}, and is denied otherwise. */
    public static void expect(Role role, Role required, Runnable call) {
        if (role.includes(required)) {
            assertThatCode(call::run).as("%s may call it", role).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(call::run).as("%s must be denied", role).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** Nobody signed in: the call never reaches the service. */
    public static void expectSignInRequired(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfAny(AuthenticationException.class, AccessDeniedException.class);
    }
}
