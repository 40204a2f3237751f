-- Lock row 'rollup': every transaction that changes rollup counts (a classification job chunk, a label correction)
-- locks it first (SELECT ... FOR UPDATE), so that the counts of one article are never moved by two transactions at
-- once. One row lock per transaction instead of one per article keeps large chunks cheap.
INSERT INTO batch_lock (name) VALUES ('rollup');
