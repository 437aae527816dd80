#!/usr/bin/env bash
# Many files in one call: 1,000 generated roadmaps of 40 milestones (0-3 prerequisites each,
# fixed seed) validated by one 'roadmap validate DIR', with --jobs as the machine allows and 1.
#
#   bench/many-files.sh [FILES] [MILESTONES]
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-1000}
milestones=${2:-40}
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install hyperfine" >&2; exit 3; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" "$files" "$milestones" <<'PY'
import random, sys
out, files, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(1)
for f in range(files):
    s = "roadmap: 1\ntitle: File %d\nstart: 2024-01-01\nphases: [{id: p1}, {id: p2}]\nmilestones:\n" % f
    for i in range(n):
        req = ["m%d" % j for j in random.sample(range(i), min(i, random.randint(0, 3)))] if i else []
        s += "  - {id: m%d, title: M%d, phase: p%d, duration: %dd%s}\n" % (
            i, i, 1 if i < n // 2 else 2, random.randint(0, 20),
            (", requires: [" + ", ".join(req) + "]") if req else "")
    open("%s/r%05d.yaml" % (out, f), "w").write(s)
PY
./roadmap validate "$work" >/dev/null 2>&1 || true    # builds the jar and the archive if needed
hyperfine -N --warmup 1 --runs 10 --export-markdown "$work/out.md" \
  "./roadmap validate $work" "./roadmap validate --jobs 1 $work" >&2 || true
sed "s|$work|DIR|g" "$work/out.md"
