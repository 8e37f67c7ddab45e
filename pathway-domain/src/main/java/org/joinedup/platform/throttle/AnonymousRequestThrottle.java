package org.joinedup.platform.throttle;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Admits or refuses a costly request from a visitor (one that runs the deliberately slow
 * password hash, or sends mail) before any of that work starts: first against its network
 * address's token bucket, then against everyone's. Buckets are Bucket4j's, kept in this
 * node's memory in a bounded Caffeine cache; a restart or another node starts full. An
 * address whose bucket has been idle for a whole window is forgotten, which is the same as
 * a full bucket.
 */
@Component
@EnableConfigurationProperties(AnonymousRequestLimits.class)
public class AnonymousRequestThrottle {

    private static final Logger log = LoggerFactory.getLogger(AnonymousRequestThrottle.class);
    private static final String NO_ADDRESS = "no address";

    private final AnonymousRequestLimits limits;
    private final ObjectProvider<ClientAddress> clientAddress;
    private final TimeMeter time;
    private final Cache<String, Bucket> byAddress;
    private final Bucket overall;

    AnonymousRequestThrottle(AnonymousRequestLimits limits, ObjectProvider<ClientAddress> clientAddress, Clock clock) {
        this.limits = limits;
        this.clientAddress = clientAddress;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.byAddress = Caffeine.newBuilder()
                .maximumSize(limits.tracked())
                .expireAfterAccess(limits.perAddressWindow())
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
        this.overall = bucket(limits.overall(), limits.overallWindow());
    }

    /**
     * Takes one request's turn, for the request being served.
     *
     * @param what names the request in the log, e.g. "registration"
     * @throws TooManyRequestsException when the address, or everyone together, has used up its turns for now
     */
    public void admit(String what) {
        String address = clientAddress.getIfAvailable(() -> Optional::empty).current().orElse(NO_ADDRESS);
        String key = NetworkKeys.of(address);
        if (!byAddress.get(key, k -> bucket(limits.perAddress(), limits.perAddressWindow())).tryConsume(1)) {
            log.warn("A {} from {} was refused: more than {} such requests from there within {}", what, address,
                    limits.perAddress(), limits.perAddressWindow());
            throw new TooManyRequestsException("Too many requests from " + key);
        }
        if (!overall.tryConsume(1)) {
            log.warn("A {} from {} was refused: more than {} such requests from everywhere within {}", what, address,
                    limits.overall(), limits.overallWindow());
            throw new TooManyRequestsException("Too many requests from everywhere");
        }
    }

    private Bucket bucket(int size, Duration window) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(size).refillGreedy(size, window))
                .withCustomTimePrecision(time)
                .build();
    }
}
