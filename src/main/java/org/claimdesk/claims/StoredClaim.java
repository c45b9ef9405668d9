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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "claim")
class StoredClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(nullable = false, length = 1048576)
    private String quote = "";

    @Column(nullable = false, length = 200)
    private String prefix = "";

    @Column(nullable = false, length = 200)
    private String suffix = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    private @Nullable StoredSpeaker speaker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Attribution attribution = Attribution.UNATTRIBUTED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SpeakerCertainty certainty = SpeakerCertainty.ASSERTED;

    @Column(nullable = false)
    private int confidence;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false, length = 20)
    private ClaimType type = ClaimType.OTHER;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "tag", nullable = false, length = 200)
    @BatchSize(size = 100)
    private Set<String> tags = new LinkedHashSet<>();

    @Column(length = 8000)
    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus status = ClaimStatus.DRAFT;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    /** When it was last submitted for review: review queues serve the oldest first. */
    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "reviewed_by", length = 64)
    private @Nullable String reviewedBy;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_reason", length = 20)
    private @Nullable ReviewReason reviewReason;

    @Column(name = "review_comment", length = 8000)
    private @Nullable String reviewComment;

    @Version
    private long version;

    protected StoredClaim() {
    }

    StoredClaim(long articleId, TextAnchor anchor, String createdBy) {
        this.articleId = articleId;
        this.start = anchor.start();
        this.end = anchor.end();
        this.quote = anchor.quote();
        this.prefix = anchor.prefix();
        this.suffix = anchor.suffix();
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    void apply(ClaimFields fields, @Nullable StoredSpeaker speaker, List<String> tags, @Nullable String note,
            String by) {
        this.speaker = speaker;
        this.attribution = fields.attribution();
        this.certainty = fields.certainty();
        this.confidence = fields.confidence();
        this.type = fields.type();
        this.tags = new LinkedHashSet<>(tags);
        this.note = note;
        if (id != null) {
            this.updatedBy = by;
            this.updatedAt = Instant.now();
            ClaimStatus after = ClaimRules.statusAfterEdit(status);
            if (after != status) {
                this.status = after;
                this.submittedAt = updatedAt;
            }
        }
    }

    /** Moves the claim through review; decisions and reopenings record who, when and why. */
    void move(ClaimTransition transition, String by, @Nullable ReviewReason reason, @Nullable String comment) {
        Instant now = Instant.now();
        this.status = transition.to();
        this.updatedBy = by;
        this.updatedAt = now;
        if (transition.to() == ClaimStatus.SUBMITTED) {
            this.submittedAt = now;
        }
        if (transition.isDecision() || transition == ClaimTransition.REOPEN) {
            this.reviewedBy = by;
            this.reviewedAt = now;
            this.reviewReason = reason;
            this.reviewComment = comment;
        }
    }

    void moveTo(StoredSpeaker survivor) {
        this.speaker = survivor;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Claim not saved yet");
        }
        return id;
    }

    long articleId() {
        return articleId;
    }

    long version() {
        return version;
    }

    String createdBy() {
        return createdBy;
    }

    ClaimStatus status() {
        return status;
    }

    @Nullable ClaimReview review() {
        return reviewedBy == null || reviewedAt == null ? null
                : new ClaimReview(reviewedBy, reviewedAt, reviewReason, reviewComment);
    }

    Claim toClaim() {
        return new Claim(id(), articleId, new TextAnchor(start, end, quote, prefix, suffix),
                speaker == null ? null : speaker.toSpeaker(), attribution, certainty, confidence, type,
                tags.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), note, status, createdBy, createdAt, updatedBy, updatedAt, version,
                submittedAt, review());
    }
}
