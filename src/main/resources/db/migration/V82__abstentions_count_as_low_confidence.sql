-- Articles the model abstained on are counted under the topic '_unclassified'. They are low-confidence predictions
-- too (their best score was under the model's own abstain threshold), but until now the rollups counted them as 0 in
-- low_confidence, so the trend chart's uncertainty band missed most uncertain articles. From now on the writers count
-- them (batch.CountedAs); this recounts the rows written before. A label always names a real topic, so no labelled
-- article sits in an '_unclassified' row: every article of such a row is an unlabelled abstention.
UPDATE topic_rollup SET low_confidence = article_count - labelled_count WHERE topic = '_unclassified';
UPDATE topic_rollup_month SET low_confidence = article_count - labelled_count WHERE topic = '_unclassified';
