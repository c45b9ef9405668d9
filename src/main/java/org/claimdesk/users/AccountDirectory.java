package org.claimdesk.users;

import java.util.Optional;
import org.claimdesk.security.AccountStatus;
import org.claimdesk.security.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Feeds Spring Security with the stored accounts: sign-in, and the check that a session's account is still enabled. */
@Component
class AccountDirectory implements UserDetailsService, AccountStatus {

    private final UserRepository users;

    AccountDirectory(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        User user = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return org.springframework.security.core.userdetails.User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .authorities(user.getRole().granted().stream().map(r -> r.authority()).toArray(String[]::new))
                .disabled(!user.isEnabled())
                .build();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Role> activeRole(String username) {
        return users.findByUsername(username).filter(User::isEnabled).map(User::getRole);
    }
}
