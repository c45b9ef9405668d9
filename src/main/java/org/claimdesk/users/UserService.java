package org.claimdesk.users;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.regex.Pattern;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User management. Every method is for admins only. */
@Service
@RolesAllowed(Roles.ADMIN)
public class UserService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_LENGTH = 128;
    static final int MAX_DISPLAY_NAME_LENGTH = 200;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserService(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** One page of accounts whose username or display name contains {@code filter}, sorted as asked. */
    @Transactional(readOnly = true)
    public List<UserAccount> list(String filter, Pageable page) {
        String f = filter.strip();
        return users.findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(f, f, page)
                .map(UserAccount::of).getContent();
    }

    /** How many accounts {@link #list} would page through. */
    @Transactional(readOnly = true)
    public long count(String filter) {
        String f = filter.strip();
        return users.countByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(f, f);
    }

    /** Creates an enabled account; the password is stored only as a hash. */
    @Transactional
    public UserAccount create(NewUser request) {
        String username = request.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username",
                    "Use 2 to 64 lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit.");
        }
        if (users.existsByUsername(username)) {
            throw new InvalidInputException("username", "That username is taken.");
        }
        String displayName = request.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new InvalidInputException("displayName", "Enter a name of 1 to 200 characters.");
        }
        String password = request.password();
        if (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "Use a password of 10 to 128 characters.");
        }
        User user = new User(username, displayName, passwordEncoder.encode(password), request.role());
        return UserAccount.of(users.save(user));
    }

    /** Gives the account another role. The last enabled admin keeps theirs. */
    @Transactional
    public UserAccount changeRole(long id, Role role) {
        User user = find(id);
        if (user.getRole() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(user, "The last enabled admin cannot lose the admin role.");
        }
        user.setRole(role);
        return UserAccount.of(user);
    }

    /**
     * Enables or disables the account. A disabled account cannot sign in, and its open sessions end
     * at their next request. Nobody disables themselves, and the last enabled admin stays enabled.
     */
    @Transactional
    public UserAccount setEnabled(long id, boolean enabled) {
        User user = find(id);
        if (!enabled) {
            if (user.getUsername().equals(CurrentUser.requireUsername())) {
                throw new InvalidInputException("You cannot disable your own account.");
            }
            if (user.getRole() == Role.ADMIN) {
                requireAnotherAdmin(user, "The last enabled admin cannot be disabled.");
            }
        }
        user.setEnabled(enabled);
        return UserAccount.of(user);
    }

    private void requireAnotherAdmin(User user, String message) {
        long enabledAdmins = users.countByRoleAndEnabledTrue(Role.ADMIN);
        if (user.isEnabled() && enabledAdmins <= 1) {
            throw new InvalidInputException(message);
        }
    }

    private User find(long id) {
        return users.findById(id).orElseThrow(() -> new InvalidInputException("That user no longer exists."));
    }
}
