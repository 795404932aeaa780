package org.comity.web.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where {@link LoginThrottle} keeps its failure counts: the database in the application
 * ({@link JdbcThrottleStore}, so that every node of a state counts the same failures), memory in the
 * throttle's unit test.
 */
interface ThrottleStore {

    /** Failures counted under the key; {@code last} is the time of the latest. */
    record Failures(int count, Instant last) {}

    Optional<Failures> find(String key);

    /** Counts one failure now; a count whose latest failure is older than {@code forgetBefore} starts anew. */
    void failed(String key, Instant now, Instant forgetBefore);

    void clear(String key);

    /** Kept in memory, for the unit test of the throttle's arithmetic. */
    final class InMemory implements ThrottleStore {

        private final Map<String, Failures> failures = new ConcurrentHashMap<>();

        @Override
        public Optional<Failures> find(String key) {
            return Optional.ofNullable(failures.get(key));
        }

        @Override
        public void failed(String key, Instant now, Instant forgetBefore) {
            failures.merge(
                    key,
                    new Failures(1, now),
                    (earlier, one) ->
                            earlier.last().isBefore(forgetBefore) ? one : new Failures(earlier.count() + 1, now));
        }

        @Override
        public void clear(String key) {
            failures.remove(key);
        }
    }
}
