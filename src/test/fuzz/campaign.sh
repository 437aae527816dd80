#!/usr/bin/env bash
# A fuzzing campaign on the whole pipeline (RoadmapFuzzTest.fuzzerTestOneInput) with the
# standalone Jazzer driver from Maven Central, for SECONDS (default 1800).
#
#   src/test/fuzz/campaign.sh 1800
#
# The growing corpus is kept in target/fuzz-corpus (not committed); the committed inputs under
# src/test/resources/dev/roadmap/fuzz/RoadmapFuzzTestInputs/pipeline/ seed it. A crash writes
# crash-<sha1> into target/fuzz-findings: copy it into that committed directory, where every
# test run replays it, and fix the bug. The log ends with the number of runs ("Done N runs").
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-1800}

mvn -B -q -Dspotless.check.skip=true test-compile \
  dependency:build-classpath -Dmdep.outputFile=target/fuzz-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/fuzz-classpath.txt)"
mkdir -p target/fuzz-corpus target/fuzz-findings

exec java -Xmx2g -cp "$cp" com.code_intelligence.jazzer.Jazzer \
  --target_class=dev.roadmap.fuzz.RoadmapFuzzTest \
  --instrumentation_includes='dev.roadmap.**' \
  --reproducer_path=target/fuzz-findings \
  -artifact_prefix=target/fuzz-findings/ \
  -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=20 -print_final_stats=1 \
  target/fuzz-corpus src/test/resources/dev/roadmap/fuzz/RoadmapFuzzTestInputs/pipeline
