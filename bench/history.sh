#!/usr/bin/env bash
# roadmap history over a file with many revisions: a new git repository whose one file,
# roadmaps/opcon-transition.yaml (the sample roadmap), is committed REVISIONS times (default
# 1,000), each commit moving the pinned date of 'foc-verification' one day later, so that it and
# everything scheduled after it move in every revision. The commits are written with
# git fast-import (fixed names and dates); the history is then timed once. Needs git and python3.
#
#   bench/history.sh [REVISIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
revisions=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git init -q "$work/repo"
python3 - "$revisions" roadmaps/opcon-transition.yaml > "$work/stream" <<'PY'
import datetime, sys
n, path = int(sys.argv[1]), sys.argv[2]
text = open(path, encoding="utf-8").read()
pin = "    date: 2026-11-30\n"
assert text.count(pin) == 1, "the sample's foc-verification date moved: update bench/history.sh"
out = sys.stdout.buffer
day = datetime.date(2026, 11, 30)
for i in range(n):
    body = text.replace(pin, "    date: %s\n" % (day + datetime.timedelta(days=i))).encode()
    message = ("FOC verification moved to day %d\n" % i).encode()
    out.write(b"commit refs/heads/main\n")
    out.write(b"committer Roadmap Planner <planner@example.org> %d +0000\n" % (1700000000 + 3600 * i))
    out.write(b"data %d\n%s" % (len(message), message))
    out.write(b"M 100644 inline roadmaps/opcon-transition.yaml\n")
    out.write(b"data %d\n%s\n" % (len(body), body))
PY
git -C "$work/repo" fast-import --quiet < "$work/stream"
git -C "$work/repo" checkout -q main
./roadmap --version >/dev/null    # builds the jar and the archive if needed
file="$work/repo/roadmaps/opcon-transition.yaml"
echo "revisions: $(git -C "$work/repo" rev-list --count main)" >&2
start=$(date +%s.%N)
./roadmap history "$file" --format json > "$work/out.json"
end=$(date +%s.%N)
python3 - "$work/out.json" <<'PY' >&2
import json, sys
d = json.load(open(sys.argv[1]))
print("read: %d revisions, %d skipped; %d milestones moved" % (
    len(d["revisions"]), sum(1 for r in d["revisions"] if r["skipped"]), len(d["milestones"])))
PY
echo "roadmap history: $(python3 -c "print('%.2f' % ($end - $start))") s wall" >&2
