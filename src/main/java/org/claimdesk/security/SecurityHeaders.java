package org.claimdesk.security;

import java.time.Duration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The headers every response carries: no content-type sniffing, no referrer to other sites, no framing
 * by other sites, the {@link ContentSecurityPolicy}, and HSTS when {@code claimdesk.security.hsts} is on
 * (browsers heed it only over HTTPS, and Spring Security sends it only on secure requests).
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void configure(HttpSecurity http, boolean hsts) {
        http.headers(headers -> {
            headers.contentTypeOptions(c -> { })
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin)
                    .contentSecurityPolicy(c -> c.policyDirectives(ContentSecurityPolicy.withoutInlineScripts()));
            if (hsts) {
                headers.httpStrictTransportSecurity(h -> h.includeSubDomains(false)
                        .maxAgeInSeconds(Duration.ofDays(365).toSeconds()));
            } else {
                headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
            }
            headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    // Written before the request is handled. Written when the response is committed
                    // (Spring's default), they were missing from small pages that Vaadin writes in one
                    // go, such as the login page. Vaadin still replaces Spring's "no-store" Cache-Control
                    // with its own caching time on static files.
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
        });
    }
}
