package org.claimdesk.claims;

import org.claimdesk.base.InvalidInputException;

/** Someone else changed or deleted the claim since it was loaded; nothing was overwritten. */
public class ClaimConflictException extends InvalidInputException {

    ClaimConflictException(String message) {
        super(message);
    }
}
