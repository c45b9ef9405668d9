package org.claimdesk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code claimdesk.security.*}.
 *
 * @param hsts whether pages served over HTTPS tell browsers to use only HTTPS from now on (on with the
 *             prod profile)
 * @param signIn how failed sign-ins are throttled
 */
@ConfigurationProperties("claimdesk.security")
record SecuritySettings(@DefaultValue("false") boolean hsts, @DefaultValue SignIn signIn) {

    /**
     * @param failuresPerAccount failed sign-ins for one username within {@code window} that lock it
     * @param lock               how long a locked username stays locked (an admin can unlock it sooner)
     * @param failuresPerAddress failed sign-ins from one client address that pause sign-in from there;
     *                           the allowance refills evenly over {@code window}
     * @param window             the period failures are counted in
     */
    record SignIn(@DefaultValue("5") int failuresPerAccount, @DefaultValue("15m") Duration lock,
                  @DefaultValue("30") int failuresPerAddress, @DefaultValue("15m") Duration window) {
    }
}
