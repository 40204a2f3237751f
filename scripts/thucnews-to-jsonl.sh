#!/bin/sh
# Converts a THUCNews split ("<headline>\t<label id>") to labelled JSON Lines ({"text":..,"label":..}) using class.txt.
# Usage: scripts/thucnews-to-jsonl.sh ../shared/bench/thucnews_titles dev > /tmp/thucnews-dev.jsonl
set -eu
dir=$1
split=$2
awk -F '\t' 'NR == FNR { name[FNR - 1] = $0; next }
	{ t = $1; gsub(/\\/, "\\\\", t); gsub(/"/, "\\\"", t); printf "{\"text\":\"%s\",\"label\":\"%s\"}\n", t, name[$2] }' \
	"$dir/class.txt" "$dir/$split.txt"
