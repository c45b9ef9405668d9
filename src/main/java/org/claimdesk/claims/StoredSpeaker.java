package org.claimdesk.claims;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimdesk.base.SearchKeys;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "speaker")
class StoredSpeaker {

    /** The search_key column's size. */
    static final int MAX_SEARCH_KEY = 60_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 400)
    private String name = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "speaker_alias", joinColumns = @JoinColumn(name = "speaker_id"))
    @Column(name = "alias", nullable = false, length = 400)
    @BatchSize(size = 100)
    private Set<String> aliases = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SpeakerKind kind = SpeakerKind.PERSON;

    @Column(name = "role_title", length = 400)
    private @Nullable String role;

    @Column(length = 400)
    private @Nullable String organisation;

    @Column(name = "same_as", length = 1000)
    private @Nullable String sameAs;

    @Column(name = "search_key", nullable = false, length = MAX_SEARCH_KEY)
    private String searchKey = "";

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected StoredSpeaker() {
    }

    StoredSpeaker(SpeakerFields fields, String createdBy) {
        this.createdBy = createdBy;
        apply(fields);
    }

    void apply(SpeakerFields fields) {
        this.name = fields.name();
        this.aliases = new LinkedHashSet<>(fields.aliases());
        this.aliases.remove(name);
        this.kind = fields.kind();
        this.role = fields.role();
        this.organisation = fields.organisation();
        this.sameAs = fields.sameAs();
        refreshSearchKey();
    }

    /** Takes over another speaker's names as aliases. */
    void absorb(StoredSpeaker other) {
        aliases.add(other.name);
        aliases.addAll(other.aliases);
        aliases.remove(name);
        refreshSearchKey();
    }

    private void refreshSearchKey() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(aliases);
        searchKey = SearchKeys.of(names, MAX_SEARCH_KEY);
    }

    int aliasCount() {
        return aliases.size();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Speaker not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    Speaker toSpeaker() {
        return new Speaker(id(), name, List.copyOf(aliases), kind, role, organisation, sameAs, version);
    }
}
