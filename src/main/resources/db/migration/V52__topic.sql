-- The topic taxonomy as data scientists edit it in the dashboard (owner: shared.taxonomy.Taxonomy). Filled from the
-- bundled seeds/topics.csv (or newstrends.seeds-dir's) when empty; after that the table is the record. A topic is
-- never deleted: a retired topic stays known for old labels, classifications and models, but is not offered for new
-- labels and not trained on.
-- code: stable ASCII key used by labels, classifications and rollups; keywords_zh: typical words joined by ';'.
-- Who changed what and when: created_*, changed_*, last_change (added, renamed, described, retired or reactivated,
-- comma-separated when one edit did several);
-- revision counts the changes and guards against two people saving over each other.
CREATE TABLE topic (
    code            VARCHAR(32)   NOT NULL PRIMARY KEY,
    sort_order      INTEGER       NOT NULL,
    name_zh         VARCHAR(64)   NOT NULL,
    name_en         VARCHAR(128)  NOT NULL,
    status          VARCHAR(8)    NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    description_zh  VARCHAR(1000) NOT NULL,
    keywords_zh     VARCHAR(1000) NOT NULL,
    revision        INTEGER       NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by      VARCHAR(64)   NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_change     VARCHAR(48)   NOT NULL,
    CONSTRAINT ck_topic_status CHECK (status IN ('active', 'retired')),
    CONSTRAINT uq_topic_name_zh UNIQUE (name_zh),
    CONSTRAINT uq_topic_name_en UNIQUE (name_en)
);
