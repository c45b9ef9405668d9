package org.claimdesk.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address, with a Bucket4j token bucket each: every failure takes a token,
 * an empty bucket pauses sign-in from that address, and tokens come back evenly over the window. Kept in
 * memory: each node counts the addresses it sees, and a restart forgets them (account locks, which
 * matter more, are in the database). IPv6 clients are counted per /64 network, which one client
 * usually holds whole.
 */
@Component
class AddressThrottle {

    /** Past this many addresses, those back at a full bucket are forgotten. */
    static final int MAX_TRACKED = 10_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final SecuritySettings.SignIn settings;
    private final TimeMeter clock;

    @Autowired
    AddressThrottle(SecuritySettings settings) {
        this(settings.signIn(), TimeMeter.SYSTEM_MILLISECONDS);
    }

    AddressThrottle(SecuritySettings.SignIn settings, TimeMeter clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean isBlocked(String address) {
        Bucket bucket = buckets.get(key(address));
        return bucket != null && bucket.getAvailableTokens() < 1;
    }

    /** Counts a failed sign-in from this address; true when sign-in from it is paused now. */
    boolean recordFailure(String address) {
        if (buckets.size() >= MAX_TRACKED) {
            forgetIdle();
        }
        Bucket bucket = buckets.computeIfAbsent(key(address), k -> newBucket());
        bucket.tryConsume(1);
        return bucket.getAvailableTokens() < 1;
    }

    private Bucket newBucket() {
        int capacity = settings.failuresPerAddress();
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, settings.window()).build())
                .withCustomTimePrecision(clock)
                .build();
    }

    private void forgetIdle() {
        long capacity = settings.failuresPerAddress();
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
    }

    static String key(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
