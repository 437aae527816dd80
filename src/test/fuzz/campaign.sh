#!/usr/bin/env bash
# A fuzzing campaign with the standalone Jazzer driver from Maven Central, for SECONDS (default
# 1800), on TARGET: RoadmapFuzzTest (default; the whole pipeline, input side) or ExportFuzzTest
# (the output side: every report and export read back by a real parser).
#
#   src/test/fuzz/campaign.sh 1800
#   src/test/fuzz/campaign.sh 900 ExportFuzzTest
#
# The growing corpus is kept in target/fuzz-corpus-TARGET (not committed); the committed inputs
# under src/test/resources/dev/roadmap/fuzz/ seed it. A crash writes crash-<sha1> into
# target/fuzz-findings-TARGET: copy it into the target's committed directory, where every test run
# replays it, and fix the bug. The log ends with the number of runs ("Done N runs"). The classes
# are copied first, so that a build during the campaign does not change what it runs.
#
# FUZZ_NICE (default 19) is the niceness it runs at, FUZZ_TIMEOUT (default 60) the seconds one input
# may take before it counts as a hang: on a busy machine at the lowest priority, the first input
# (which also loads and instruments every class) can take longer than that without any bug.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-1800}
target=${2:-RoadmapFuzzTest}

mvn -B -q -o -Dspotless.check.skip=true test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/fuzz-classpath.txt -Dmdep.includeScope=test
run="target/fuzz-run-$target"
rm -rf "$run" && mkdir -p "$run"
cp -r target/classes "$run/classes" && cp -r target/test-classes "$run/test-classes"
cp="$run/test-classes:$run/classes:$(cat target/fuzz-classpath.txt)"
corpus="target/fuzz-corpus-$target" findings="target/fuzz-findings-$target"
mkdir -p "$corpus" "$findings"

# The fuzzer runs at the lowest priority by default, so that it can share the machine with builds.
exec nice -n "${FUZZ_NICE:-19}" java -Xmx2g -cp "$cp" com.code_intelligence.jazzer.Jazzer \
  --target_class="dev.roadmap.fuzz.$target" \
  --instrumentation_includes='dev.roadmap.**' \
  --reproducer_path="$findings" \
  -artifact_prefix="$findings/" \
  -max_total_time="$seconds" -rss_limit_mb=4096 -timeout="${FUZZ_TIMEOUT:-60}" -print_final_stats=1 \
  "$corpus" src/test/resources/dev/roadmap/fuzz/RoadmapFuzzTestInputs/pipeline \
  src/test/resources/dev/roadmap/fuzz/ExportFuzzTestInputs/exports
