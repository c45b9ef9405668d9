-- Failed sign-ins per username, shared by every node on the database. A row is kept for any name
-- that was tried, whether or not such an account exists, so that a lock-out says nothing about
-- which accounts exist. A successful sign-in or an admin's unlock removes the row; stale rows are
-- removed as new failures come in.
CREATE TABLE sign_in_throttle (
    username          VARCHAR(128) NOT NULL,
    failures          INT          NOT NULL,
    first_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_sign_in_throttle PRIMARY KEY (username)
);

CREATE INDEX ix_sign_in_throttle_first_failure ON sign_in_throttle (first_failure_at);
