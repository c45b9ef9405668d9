-- Indices for what lists sort and filter by: the article list (newest first), and claims by review
-- status, by last change and by tag (review queues, search rebuilds and exports walk these).
CREATE INDEX ix_article_created_at ON article (created_at);
CREATE INDEX ix_claim_status ON claim (status);
CREATE INDEX ix_claim_updated_at ON claim (updated_at);
CREATE INDEX ix_claim_tag_tag ON claim_tag (tag);
