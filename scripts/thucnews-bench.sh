#!/bin/sh
# THUCNews headline benchmark: the trainer (default recipes, vectors cached in a folder) against fastText, in one run.
# Usage: scripts/thucnews-bench.sh ../shared/bench/thucnews_titles /tmp/thucnews-bench "java -jar target/news-trends.jar"
# Trains on dev (cross-validation on dev only), tests on test; never tunes on test. Prints uptime before and after.
set -eu
data=$1
work=$2
run=$3
mkdir -p "$work"
here=$(dirname "$0")
"$here/thucnews-to-jsonl.sh" "$data" dev > "$work/dev.jsonl"
"$here/thucnews-to-jsonl.sh" "$data" test > "$work/test.jsonl"
echo "== load before: $(uptime)"
echo "== train (first run embeds the dev headlines into $work/vectors; later runs reuse them)"
/usr/bin/time -f "train: %e s wall, %U s user, %S s sys, max RSS %M kB" \
  $run train --data "$work/dev.jsonl" --topics-from-data --name thucnews --vector-cache "$work/vectors" \
    --out "$work/models" 2> "$work/train.err" > "$work/train.out" || { tail -20 "$work/train.err"; exit 1; }
grep -E "^train:|embedding with .* [0-9]+/[0-9]+ texts" "$work/train.err" | tail -2
model=$(ls -t "$work"/models/thucnews-*.json | head -1)
echo "== evaluate $model on test"
/usr/bin/time -f "evaluate: %e s wall, %U s user, %S s sys, max RSS %M kB" \
  $run evaluate --model "$model" --data "$work/test.jsonl" --topics-from-data > "$work/evaluate.out" 2> "$work/evaluate.err"
grep -E "^evaluate:" "$work/evaluate.err"
echo "== fastText in the same run"
for split in dev test; do
  python3 -c 'import json,sys
for line in sys.stdin:
    o = json.loads(line); print("__label__" + o["label"], " ".join(c for c in o["text"] if not c.isspace()))' \
    < "$work/$split.jsonl" > "$work/ft-$split.txt"
done
/usr/bin/time -f "fasttext train: %e s wall" fasttext supervised -input "$work/ft-dev.txt" -output "$work/ft" -wordNgrams 2 \
  -epoch 25 -lr 1.0 -thread 2 -seed 42 -verbose 0
fasttext test "$work/ft.bin" "$work/ft-test.txt"
echo "== load after: $(uptime)"
head -12 "$work/train.out"
head -6 "$work/evaluate.out"
