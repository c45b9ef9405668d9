-- Review (the review feature): the state of a claim in review lives on its row. status takes the values of
-- ClaimStatus; submitted_at is when it was last submitted (review queues serve the oldest first); reviewed_by,
-- reviewed_at, review_reason and review_comment are the latest decision or reopening (earlier ones are in the
-- claim's history).
ALTER TABLE claim ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE claim ADD COLUMN reviewed_by VARCHAR(64);
ALTER TABLE claim ADD COLUMN reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE claim ADD COLUMN review_reason VARCHAR(20);
ALTER TABLE claim ADD COLUMN review_comment VARCHAR(8000);
ALTER TABLE claim ADD CONSTRAINT ck_claim_status
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED'));
CREATE INDEX ix_claim_status_submitted ON claim (status, submitted_at);
