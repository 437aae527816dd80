#!/usr/bin/env bash
# Many files in one call: 1,000 generated roadmaps of 40 milestones (0-3 prerequisites each,
# fixed seed; bench/Generate.java many) validated by one 'roadmap validate DIR', with --jobs as the
# machine allows and 1. Needs a JDK and hyperfine.
#
#   bench/many-files.sh [FILES] [MILESTONES]
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-1000}
milestones=${2:-40}
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install hyperfine" >&2; exit 3; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java bench/Generate.java many "$work" "$files" "$milestones" --seed 1
./roadmap validate "$work" >/dev/null 2>&1 || true    # builds the jar and the archive if needed
hyperfine -N --warmup 1 --runs 10 --export-markdown "$work/out.md" \
  "./roadmap validate $work" "./roadmap validate --jobs 1 $work" >&2 || true
sed "s|$work|DIR|g" "$work/out.md"
