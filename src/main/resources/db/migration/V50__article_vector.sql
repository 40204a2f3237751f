-- Sentence vectors of articles, computed once (at import, by the embedding step) and read by classification, training,
-- "similar articles" and near-duplicate detection, so the network never runs twice for one text and spec.
-- encoder: the EncoderSpec id, e.g. bge-small-zh-v1.5-q8/lead-256 (model + how much text it reads); vectors of one
-- encoder are comparable. vector: VectorCodec's compact form (format byte, float scale, one signed byte per dimension).
CREATE TABLE article_vector (
    article_id   BIGINT       NOT NULL REFERENCES article (id),
    encoder      VARCHAR(64)  NOT NULL,
    vector       BYTEA        NOT NULL,
    embedded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_article_vector PRIMARY KEY (article_id, encoder)
);
CREATE INDEX ix_article_vector_encoder ON article_vector (encoder, article_id);

-- Syndicated or reprinted copies: an article whose vector (of the given encoder) and text nearly equal those of an
-- earlier article. A copy is classified like any article but counted once in the rollups (as its original).
CREATE TABLE article_copy (
    article_id   BIGINT       NOT NULL PRIMARY KEY REFERENCES article (id),
    original_id  BIGINT       NOT NULL REFERENCES article (id),
    encoder      VARCHAR(64)  NOT NULL,
    similarity   DOUBLE PRECISION NOT NULL,
    found_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_article_copy_original ON article_copy (original_id);

-- The embedding step runs one at a time across processes (row lock, as the classification job's).
INSERT INTO batch_lock (name) VALUES ('embed');
