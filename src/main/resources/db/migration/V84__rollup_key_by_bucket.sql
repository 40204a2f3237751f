-- The rollups' primary keys put the bucket right after the model version, where the separate (model_version,
-- bucket_start) indexes had it: every dashboard query and the job's lookups filter by model version and a bucket
-- range, which the reordered key serves alone. One index less per rollup table: H2 updates a row by removing and
-- adding it in every index, so each rollup key a chunk of the classification job touches cost one B-tree change more.
ALTER TABLE topic_rollup DROP CONSTRAINT pk_topic_rollup;
ALTER TABLE topic_rollup ADD CONSTRAINT pk_topic_rollup
    PRIMARY KEY (model_version, bucket_start, date_precision, district_code, topic);
DROP INDEX IF EXISTS ix_topic_rollup_bucket;

ALTER TABLE topic_rollup_month DROP CONSTRAINT pk_topic_rollup_month;
ALTER TABLE topic_rollup_month ADD CONSTRAINT pk_topic_rollup_month
    PRIMARY KEY (model_version, bucket_start, date_precision, district_code, topic);
DROP INDEX IF EXISTS ix_topic_rollup_month_bucket;
