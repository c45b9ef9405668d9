package org.claimdesk.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code claimdesk.security.*}.
 *
 * @param hsts whether pages served over HTTPS tell browsers to use only HTTPS from now on (on with the
 *             prod profile)
 */
@ConfigurationProperties("claimdesk.security")
record SecuritySettings(@DefaultValue("false") boolean hsts) {
}
