package org.claimdesk.claims;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.SearchKeys;
import org.claimdesk.base.TextRules;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shared speaker registry: everybody finds speakers, annotators add them, editors edit and merge them. */
@Service
public class SpeakerService {

    static final int MAX_ALIASES = 50;

    private final SpeakerRepository speakers;
    private final ClaimRepository claims;
    private final ClaimHistory history;
    private final ApplicationEventPublisher events;

    SpeakerService(SpeakerRepository speakers, ClaimRepository claims, ClaimHistory history,
            ApplicationEventPublisher events) {
        this.history = history;
        this.speakers = speakers;
        this.claims = claims;
        this.events = events;
    }

    /**
     * Speakers whose name or an alias contains {@code text}, ignoring case, accents and letter forms
     * ("jose" finds "José", "walesa" "Wałęsa", "strasse" "Straße"; "aero" finds "Ærø", "mueller" and "muller" both find "Müller"),
     * sorted by name.
     */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public List<Speaker> search(String text, int offset, int limit) {
        PageRequest page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by("name", "id"));
        List<String> like = likeSpellings(text);
        return speakers.search(like.getFirst(), like.getLast(), page).stream().map(StoredSpeaker::toSpeaker).toList();
    }

    /** How many speakers {@link #search} finds for {@code text}. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public long count(String text) {
        List<String> like = likeSpellings(text);
        return speakers.countMatching(like.getFirst(), like.getLast());
    }

    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public Optional<Speaker> find(long id) {
        return speakers.findById(id).map(StoredSpeaker::toSpeaker);
    }

    /**
     * A page of {@link #search} with each speaker's number of claims, for the registry: three statements
     * whatever the page size (speakers, their aliases in batches, the counts in one grouped query).
     */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public List<SpeakerListing> list(String text, int offset, int limit) {
        List<Speaker> page = search(text, offset, limit);
        Map<Long, Long> counts = new HashMap<>();
        if (!page.isEmpty()) {
            for (Object[] row : claims.countBySpeakers(page.stream().map(Speaker::id).toList())) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return page.stream().map(s -> new SpeakerListing(s, counts.getOrDefault(s.id(), 0L))).toList();
    }

    /** How many claims name this speaker. */
    @RolesAllowed(Roles.VIEWER)
    @Transactional(readOnly = true)
    public long claimCount(long speakerId) {
        return claims.countBySpeaker(speakerId);
    }

    /** Adds a speaker; annotators do this inline while tagging a claim. */
    @RolesAllowed(Roles.ANNOTATOR)
    @Transactional
    public Speaker create(SpeakerFields fields) {
        return speakers.saveAndFlush(new StoredSpeaker(clean(fields), CurrentUser.requireUsername())).toSpeaker();
    }

    /** Changes a speaker; {@code expectedVersion} guards against overwriting someone else's change. */
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public Speaker update(long id, long expectedVersion, SpeakerFields fields) {
        StoredSpeaker speaker = speakers.findById(id)
                .orElseThrow(() -> new InvalidInputException("That speaker no longer exists; it may have been merged."));
        if (speaker.version() != expectedVersion) {
            throw new InvalidInputException("Someone else changed this speaker meanwhile. Reload it and try again.");
        }
        speaker.apply(clean(fields));
        try {
            Speaker saved = speakers.saveAndFlush(speaker).toSpeaker();
            events.publishEvent(new SpeakerUpdated(saved.id(), CurrentUser.requireUsername()));
            return saved;
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new InvalidInputException("Someone else saved this speaker at the same moment. Reload it and try again.");
        }
    }

    /**
     * Merges a duplicate into a survivor: the duplicate's claims move to the survivor, its name and
     * aliases become the survivor's aliases, and the duplicate is removed.
     */
    @RolesAllowed(Roles.EDITOR)
    @Transactional
    public Speaker merge(long survivorId, long duplicateId) {
        if (survivorId == duplicateId) {
            throw new InvalidInputException("Choose two different speakers to merge.");
        }
        StoredSpeaker survivor = speakers.findById(survivorId)
                .orElseThrow(() -> new InvalidInputException("The speaker to keep no longer exists."));
        StoredSpeaker duplicate = speakers.findById(duplicateId)
                .orElseThrow(() -> new InvalidInputException("The speaker to merge no longer exists."));
        List<StoredClaim> moved = claims.findBySpeaker(duplicateId);
        Map<Long, Claim> before = new HashMap<>();
        for (StoredClaim claim : moved) {
            before.put(claim.id(), claim.toClaim());
            claim.moveTo(survivor);
        }
        survivor.absorb(duplicate);
        if (survivor.aliasCount() > MAX_ALIASES) {
            throw new InvalidInputException("Together they would have more than %d names; remove some aliases first."
                    .formatted(MAX_ALIASES));
        }
        try {
            claims.flush();
            speakers.delete(duplicate);
            speakers.flush();
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            throw new InvalidInputException("A claim naming “" + duplicate.name() + "” was saved while merging. "
                    + "Nothing was merged; try again.");
        }
        String by = CurrentUser.requireUsername();
        String reason = "“%s” merged into “%s”".formatted(duplicate.name(), survivor.name());
        moved.forEach(c -> history.record(ClaimChangeKind.EDITED, before.get(c.id()), c.toClaim(), by, null, reason));
        events.publishEvent(new SpeakersMerged(survivorId, duplicateId, by));
        return survivor.toSpeaker();
    }

    private static SpeakerFields clean(SpeakerFields f) {
        String name = TextRules.requiredLine("name", "The speaker's name", f.name(), FieldRules.MAX_NAME);
        List<String> aliases = new ArrayList<>();
        if (f.aliases().size() > MAX_ALIASES) {
            throw new InvalidInputException("aliases", "A speaker has at most %d aliases.".formatted(MAX_ALIASES));
        }
        for (String alias : f.aliases()) {
            String a = TextRules.optionalLine("aliases", "An alias", alias, FieldRules.MAX_NAME);
            if (a != null && !a.equalsIgnoreCase(name) && aliases.stream().noneMatch(a::equalsIgnoreCase)) {
                aliases.add(a);
            }
        }
        return new SpeakerFields(name, aliases, f.kind(),
                TextRules.optionalLine("role", "Role", f.role(), FieldRules.MAX_NAME),
                TextRules.optionalLine("organisation", "Organisation", f.organisation(), FieldRules.MAX_NAME),
                FieldRules.webAddress("sameAs", f.sameAs()));
    }

    private static List<String> likeSpellings(String text) {
        return SearchKeys.likePatterns(text);
    }
}
