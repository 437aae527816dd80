#!/usr/bin/env bash
# Start-up benchmark, whole process, side by side in one run (hyperfine and jq, from Debian):
#   java Hello World (the floor), the launcher (class-data archive and short-process flags) for
#   validate and for --version, and plain 'java -jar'. Prints a Markdown table of medians, the
#   ratio to Hello World's median last; docs/performance.md keeps the figures. Hello World and
#   plain 'java -jar' run on the JDK the launcher picks (ROADMAP_DRY_RUN=1 ./roadmap says which;
#   ROADMAP_JAVA chooses one).
#
#   bench/startup.sh [ROADMAP]        (default: roadmaps/opcon-transition.yaml)
#
# STARTUP_BASELINE=DIR adds another checkout's launcher (an earlier revision) on the same file.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-roadmaps/opcon-transition.yaml}
for tool in hyperfine jq; do
  command -v $tool >/dev/null || { echo "needs $tool: apt-get install $tool" >&2; exit 3; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$work" "$work/Hello.java"
printf 'Main-Class: Hello\n' > "$work/m.txt"
jar cfm "$work/hello.jar" "$work/m.txt" -C "$work" Hello.class

./roadmap validate "$file" >/dev/null 2>&1 || true   # builds the jar and the archive if needed
./roadmap validate "$file" >/dev/null 2>&1 || true
java=$(ROADMAP_DRY_RUN=1 ./roadmap --version | awk '{ print $1 }')

baseline=()
if [ -n "${STARTUP_BASELINE:-}" ]; then
  (cd "$STARTUP_BASELINE" && ./roadmap --version >/dev/null 2>&1 && ./roadmap --version >/dev/null 2>&1) || true
  # The baseline reads its own copy of the file: an older build may not read today's format.
  base_file=$file
  [ -f "$STARTUP_BASELINE/$file" ] && base_file=$STARTUP_BASELINE/$file
  baseline=("$STARTUP_BASELINE/roadmap validate $base_file" "$STARTUP_BASELINE/roadmap --version")
fi
hyperfine -N -i --warmup 5 --runs 30 --export-json "$work/out.json" \
  "$java -jar $work/hello.jar" \
  "./roadmap validate $file" \
  "./roadmap --version" \
  "$java -jar target/roadmap.jar validate $file" "${baseline[@]}" >&2
"$java" -version 2>&1 | head -n 1
echo
echo '| command | median [ms] | min [ms] | mean ± σ [ms] | median / Hello |'
echo '| --- | ---: | ---: | ---: | ---: |'
jq -r '.results[0].median as $floor | .results[] |
  "| `\(.command)` | \(.median * 1000 | round) | \(.min * 1000 | round) | " +
  "\(.mean * 1000 | round) ± \(.stddev * 1000 | round) | \(.median / $floor * 10 | round / 10 | tostring | if test("[.]") then . else . + ".0" end) |"' \
  "$work/out.json" | sed "s|$work/||g; s|$java |java |g; s|${STARTUP_BASELINE:-//}/roadmap|(baseline) roadmap|g; s|${STARTUP_BASELINE:-//}/||g"
