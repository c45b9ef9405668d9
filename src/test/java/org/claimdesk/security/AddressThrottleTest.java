package org.claimdesk.security;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-address throttle with its own clock: 3 failures per 15 minutes. */
class AddressThrottleTest {

    static final class FakeClock implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    final FakeClock clock = new FakeClock();
    final AddressThrottle throttle = new AddressThrottle(
            new SecuritySettings.SignIn(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(15)), clock);

    @Test
    void an_address_is_paused_at_its_third_failure_and_others_are_not() {
        assertThat(throttle.recordFailure("203.0.113.7")).isFalse();
        assertThat(throttle.recordFailure("203.0.113.7")).isFalse();
        assertThat(throttle.isBlocked("203.0.113.7")).isFalse();

        assertThat(throttle.recordFailure("203.0.113.7")).isTrue();

        assertThat(throttle.isBlocked("203.0.113.7")).isTrue();
        assertThat(throttle.isBlocked("203.0.113.8")).isFalse();
    }

    @Test
    void a_paused_address_gets_one_more_try_per_share_of_the_window() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("198.51.100.1");
        }
        clock.advance(Duration.ofMinutes(4));
        assertThat(throttle.isBlocked("198.51.100.1")).isTrue();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.isBlocked("198.51.100.1")).isFalse();
        assertThat(throttle.recordFailure("198.51.100.1")).isTrue();
    }

    @Test
    void ipv6_clients_are_counted_per_64_bit_network() {
        throttle.recordFailure("2001:db8:1:2::1");
        throttle.recordFailure("2001:db8:1:2:ffff::9");
        throttle.recordFailure("2001:0db8:0001:0002:0000:0000:0000:0abc");
        assertThat(throttle.isBlocked("2001:db8:1:2::77")).isTrue();
        assertThat(throttle.isBlocked("2001:db8:1:3::1")).isFalse();
    }
}
