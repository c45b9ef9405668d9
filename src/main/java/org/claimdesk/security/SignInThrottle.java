package org.claimdesk.security;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: a username is locked after repeated failures ({@link AccountLocks},
 * in the database) and a client address is paused after many ({@link AddressThrottle}, in memory).
 * While either holds, sign-in is refused without checking the password.
 */
@Component
class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

    private final AccountLocks accounts;
    private final AddressThrottle addresses;
    private final Clock clock = Clock.systemUTC();

    SignInThrottle(AccountLocks accounts, AddressThrottle addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    boolean isThrottled(String username, String address) {
        return addresses.isBlocked(address) || accounts.isLocked(username, clock.instant());
    }

    /** Counts a failed sign-in; true when the username or the address is throttled now. */
    boolean recordFailure(String username, String address) {
        boolean addressPaused = addresses.recordFailure(address);
        boolean locked;
        try {
            locked = accounts.recordFailure(username, clock.instant());
        } catch (DataIntegrityViolationException firstFailureOnTwoNodesAtOnce) {
            locked = accounts.recordFailure(username, clock.instant());
        }
        if (locked) {
            LOG.warn("Sign-in locked for username '{}' after repeated failures", printable(username));
        }
        if (addressPaused) {
            LOG.warn("Sign-in paused for client address {} after repeated failures", printable(address));
        }
        return locked || addressPaused;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token) {
            accounts.clear(token.getName());
        }
    }

    /** Keeps whatever a visitor typed from breaking log lines. */
    private static String printable(String text) {
        String cut = AccountLocks.key(text);
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
