package org.claimdesk.claims;

import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads claims for code inside Claimdesk that acts for nobody in particular, such as the live updates sent
 * to open readers: it returns only what every signed-in user may read, and needs no signed-in user, so
 * that such code never has to pose as one. Views read through {@link ClaimService}, under their user.
 */
@Service
@PermitAll
public class TrustedClaimReader {

    private final ClaimRepository claims;
    private final SpeakerRepository speakers;

    TrustedClaimReader(ClaimRepository claims, SpeakerRepository speakers) {
        this.claims = claims;
        this.speakers = speakers;
    }

    /** The claim as it is now, or empty when it was deleted. */
    @Transactional(readOnly = true)
    public Optional<Claim> claim(long id) {
        return claims.findWithSpeaker(id).map(StoredClaim::toClaim);
    }

    /** The speaker as it is now, or empty when it was merged away. */
    @Transactional(readOnly = true)
    public Optional<Speaker> speaker(long id) {
        return speakers.findById(id).map(StoredSpeaker::toSpeaker);
    }
}
