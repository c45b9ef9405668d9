-- Near-duplicate articles: match_hash is the SHA-256 (hex) of the body with spacing and blank lines
-- folded (see ArticleText.matchHash), so the same text pasted with a trailing newline or copied from
-- the reader with blank lines between paragraphs is recognised. Java fills it for existing rows
-- (migration 6.1, ArticleMatchHashes); an article that already had a near-duplicate stored before it
-- keeps NULL, which the unique index allows on H2 and PostgreSQL alike.
ALTER TABLE article ADD COLUMN match_hash VARCHAR(64);
CREATE UNIQUE INDEX uk_article_match_hash ON article (match_hash);
