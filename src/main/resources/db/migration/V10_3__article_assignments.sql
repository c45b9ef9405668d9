-- Who works on which article (the review feature): an editor assigns annotators and reviewers, several of each.
-- A reviewer's queue holds the submitted claims of the articles they review; an annotator's work lists theirs.
CREATE TABLE article_assignment (
    article_id  BIGINT      NOT NULL,
    username    VARCHAR(64) NOT NULL,
    assigned_as VARCHAR(20) NOT NULL,
    assigned_by VARCHAR(64) NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_article_assignment PRIMARY KEY (article_id, username, assigned_as),
    CONSTRAINT fk_article_assignment_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT ck_article_assignment_as CHECK (assigned_as IN ('ANNOTATOR', 'REVIEWER'))
);
CREATE INDEX ix_article_assignment_user ON article_assignment (username, assigned_as);
