package org.claimdesk.cluster.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who listens on which channel; one failing listener does not keep the others from hearing. */
final class ChannelListeners {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelListeners.class);

    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();

    void add(String channel, Consumer<String> listener) {
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
    }

    Set<String> channels() {
        return listeners.keySet();
    }

    void deliver(String channel, String payload) {
        for (Consumer<String> listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                LOG.error("A listener on channel {} failed", channel, e);
            }
        }
    }
}
