package org.claimdesk.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.claimdesk.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountStatus accountStatus, RequestUtil requestUtil,
            SecuritySettings settings, SignInThrottle throttle) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
        http.addFilterAfter(new ActiveAccountFilter(accountStatus), SecurityContextHolderFilter.class);
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        // The login page is named here too: a form login configured without it would get Spring's own page.
        http.formLogin(form -> form.loginPage(SignInRequests.LOGIN_PATH)
                .failureHandler(new SignInFailureHandler(throttle)));
        LoginCsrf.configure(http, requestUtil);
        SecurityHeaders.configure(http, settings.hsts());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                // Addresses that match no route reach Vaadin for signed-in users, whose router answers
                // with the "not found" view inside the main layout and a 404 (Vaadin's default denies
                // them with an empty 403). Visitors who are not signed in are still sent to sign in.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /** Hashes with bcrypt today and still reads hashes of other algorithms by their {id} prefix. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
