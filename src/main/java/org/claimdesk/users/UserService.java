package org.claimdesk.users;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.SearchKeys;
import org.claimdesk.base.TextRules;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.Roles;
import org.claimdesk.security.SignInLocks;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User management, including lifting sign-in locks. Every method is for admins only. */
@Service
@RolesAllowed(Roles.ADMIN)
public class UserService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 10;
    /** bcrypt reads at most 72 bytes of a password. */
    static final int MAX_PASSWORD_BYTES = 72;
    /** In characters (code points), like every text limit: the column holds 200 emoji. */
    static final int MAX_DISPLAY_NAME_LENGTH = 200;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SignInLocks signInLocks;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, SignInLocks signInLocks) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.signInLocks = signInLocks;
    }

    /**
     * One page of accounts whose username or display name contains {@code filter} (ignoring case, accents and
     * letter forms, alike on every database), sorted as asked, each
     * with its sign-in lock if it has one.
     */
    @Transactional(readOnly = true)
    public List<UserAccount> list(String filter, Pageable page) {
        List<String> like = SearchKeys.likePatterns(filter);
        List<User> found = users.findMatching(like.getFirst(), like.getLast(), page);
        Map<String, Instant> locks = signInLocks.lockedUntil(found.stream().map(User::getUsername).toList());
        return found.stream().map(u -> UserAccount.of(u, locks.get(u.getUsername()))).toList();
    }

    /** How many accounts {@link #list} would page through. */
    @Transactional(readOnly = true)
    public long count(String filter) {
        List<String> like = SearchKeys.likePatterns(filter);
        return users.countMatching(like.getFirst(), like.getLast());
    }

    /**
     * Creates an enabled account; the password is stored only as a hash. The name is one line of at most
     * 200 characters with something visible in it.
     */
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
        String displayName = TextRules.requiredLine("displayName", "Name", request.displayName(),
                MAX_DISPLAY_NAME_LENGTH);
        String password = request.password();
        String problem = passwordProblem(password);
        if (problem != null) {
            throw new InvalidInputException("password", problem);
        }
        User user = new User(username, displayName, passwordEncoder.encode(password), request.role());
        try {
            return UserAccount.of(users.saveAndFlush(user), null);
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidInputException("username", "That username is taken.");
        }
    }

    /** Gives the account another role. The last enabled admin keeps theirs. */
    @Transactional
    public UserAccount changeRole(long id, Role role) {
        User user = find(id);
        if (user.getRole() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(user, "The last enabled admin cannot lose the admin role.");
        }
        user.setRole(role);
        return withLock(user);
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
        return withLock(user);
    }

    /**
     * Lifts the sign-in lock that repeated failed sign-ins put on the account, and forgets those
     * failures: the account may sign in again at once.
     */
    @Transactional
    public UserAccount unlock(long id) {
        User user = find(id);
        signInLocks.unlock(user.getUsername());
        return UserAccount.of(user, null);
    }

    private UserAccount withLock(User user) {
        return UserAccount.of(user, signInLocks.lockedUntil(List.of(user.getUsername())).get(user.getUsername()));
    }

    private void requireAnotherAdmin(User user, String message) {
        if (user.isEnabled() && users.lockEnabled(Role.ADMIN).size() <= 1) {
            throw new InvalidInputException(message);
        }
    }

    /** What is wrong with a password, or null: 10 characters at least, 72 bytes (UTF-8) at most. */
    static @Nullable String passwordProblem(String password) {
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            return "Use a password of at least 10 characters.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return "Use a password of at most 72 bytes (72 plain letters; fewer with accents or other scripts).";
        }
        return null;
    }

    private User find(long id) {
        return users.findById(id).orElseThrow(() -> new InvalidInputException("That user no longer exists."));
    }
}
