-- Batch classification support. Portable between H2 2.x and PostgreSQL 15+.

-- Articles the classification job could not classify (e.g. an empty body), per model version, with the reason.
-- A later successful classification of the article by the same model version removes its row.
CREATE TABLE classification_skip (
    article_id       BIGINT       NOT NULL REFERENCES article (id),
    model_version    VARCHAR(64)  NOT NULL,
    reason           VARCHAR(512) NOT NULL,
    skipped_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_classification_skip PRIMARY KEY (article_id, model_version)
);

-- The same counts as topic_rollup, summed per month: bucket_start is the first day of the month of the
-- topic_rollup bucket (1900-01-01 for undated articles). Maintained in the same transactions as topic_rollup so that
-- month, quarter and year charts read a table whose size does not grow with the number of articles per day.
CREATE TABLE topic_rollup_month (
    model_version    VARCHAR(64)  NOT NULL,
    date_precision   VARCHAR(8)   NOT NULL,
    bucket_start     DATE         NOT NULL,
    district_code    VARCHAR(8)   NOT NULL,
    topic            VARCHAR(32)  NOT NULL,
    article_count    BIGINT       NOT NULL,
    labelled_count   BIGINT       NOT NULL DEFAULT 0,
    low_confidence   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_topic_rollup_month PRIMARY KEY (model_version, date_precision, bucket_start, district_code, topic)
);
CREATE INDEX ix_topic_rollup_month_bucket ON topic_rollup_month (model_version, bucket_start);

-- One row per exclusive job. A run holds a row lock on its row (SELECT ... FOR UPDATE NOWAIT on a connection kept
-- open for the run), so a second run is refused, and the lock goes away by itself when the process dies.
CREATE TABLE batch_lock (
    name             VARCHAR(64)  PRIMARY KEY
);
INSERT INTO batch_lock (name) VALUES ('classify');
