package org.claimdesk.cluster.internal;

import java.util.UUID;
import org.claimdesk.cluster.ClusterEvent;
import org.claimdesk.cluster.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Carries {@link ClusterEvent}s to the other nodes: each one published here is sent, inside the publishing
 * transaction, as JSON naming this node and the event's type; each one arriving from another node is published
 * here, as if it had happened here, except that no transaction or user comes with it. Only types that are
 * cluster events are ever read back.
 */
@Component
class EventRelay {

    static final String CHANNEL = "claimdesk_events";
    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);

    private final String node = UUID.randomUUID().toString();
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    /** Set while an event from another node is being published here, so it is not sent back out. */
    private final ThreadLocal<Boolean> arriving = ThreadLocal.withInitial(() -> false);

    EventRelay(Notifications notifications, ApplicationEventPublisher events, JsonMapper json) {
        this.notifications = notifications;
        this.events = events;
        this.json = json;
        if (notifications.crossesNodes()) {
            notifications.listen(CHANNEL, this::arrived);
        }
    }

    @EventListener
    void on(ClusterEvent event) {
        if (!notifications.crossesNodes() || arriving.get()) {
            return;
        }
        ObjectNode message = json.createObjectNode();
        message.put("node", node);
        message.put("type", event.getClass().getName());
        message.set("event", json.valueToTree(event));
        notifications.send(CHANNEL, json.writeValueAsString(message));
    }

    void arrived(String payload) {
        ClusterEvent event;
        try {
            JsonNode message = json.readTree(payload);
            if (node.equals(message.path("node").asString())) {
                return; // our own, already published here
            }
            Class<?> type = Class.forName(message.path("type").asString(), false, getClass().getClassLoader());
            if (!ClusterEvent.class.isAssignableFrom(type)) {
                LOG.warn("Ignored a notification of type {}, which is no cluster event", type.getName());
                return;
            }
            event = (ClusterEvent) json.treeToValue(message.path("event"), type);
        } catch (ClassNotFoundException | RuntimeException unreadable) {
            LOG.warn("Ignored an unreadable notification from another node: {}", unreadable.getMessage());
            return;
        }
        arriving.set(true);
        try {
            events.publishEvent(event);
        } finally {
            arriving.remove();
        }
    }
}
