package org.claimdesk.base;

import org.jspecify.annotations.Nullable;

/**
 * Input that a service refuses, with a message meant for the person who typed it. Views show the
 * message next to the field named by {@link #field()} when there is one, otherwise as a notification.
 */
public class InvalidInputException extends RuntimeException {

    private final @Nullable String field;

    public InvalidInputException(String message) {
        this(null, message);
    }

    public InvalidInputException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the input the message is about, or null when it is about the whole request. */
    public @Nullable String field() {
        return field;
    }
}
