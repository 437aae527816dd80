#!/usr/bin/env bash
# Whole-process comparisons, side by side: the commands compared take turns, one run of each per
# round (a slower minute of the machine falls on all of them alike), peak memory from
# /usr/bin/time -v. Prints Markdown tables (docs/performance.md keeps the figures); hyperfine's own
# output goes to stderr.
#
#   bench/compare.sh [SIZES...]          (default: 1000 10000 100000 1000000)
#
# For the start-up floor it runs bench/startup.sh. Then, for each shape (COMPARE_SHAPES, default
# "default dense sample") and each size N, on one roadmap of N milestones (seed 1):
#   - shape default: bench/Generate.java's first shape (its class comment); dense: its --shape
#     dense (1-3 prerequisites on any of the 100 milestones before, all links in long form, 3% of
#     milestones with a redundant prerequisite, so RM207 warnings are printed); sample: the sample
#     roadmap's milestones repeated (Generate.java sample), with the TaskJuggler project written
#     from roadmap's JSON export of it (bench/ExportTjp.java). The sample shape stops at
#     COMPARE_SAMPLE_MAX milestones (250000): a million would be over --max-file-size.
#   - N <= COMPARE_TJ_MAX (10000): './roadmap validate FILE' vs 'tj3 --no-reports FILE.tjp', the
#     same project for TaskJuggler 3 (a tj3 that exits non-zero, e.g. on a false dependency loop,
#     is reported as failed, not timed);
#   - N >= COMPARE_FLOOR_MIN (10000): './roadmap validate FILE' vs the parse floor (bench/
#     ParseFloor.java: SnakeYAML events counted, nothing else) on the launcher's JDK and flags.
# Environment: ROADMAP_JAVA_OPTS is passed to roadmap and used for the floor too (e.g. -Xmx1536m);
# COMPARE_TIMEOUT (seconds, default 1200) bounds the first run of roadmap at each size; a size at
# which it fails or times out is reported as such, with no hyperfine run. COMPARE_STARTUP=0 skips
# the start-up table. COMPARE_BASELINE=DIR names another checkout of roadmap (an earlier revision,
# e.g. from 'git worktree add DIR REV'): its './roadmap validate FILE' then runs in the same
# hyperfine runs as this checkout's, and a table of the two side by side is printed (and start-up
# gets the same through bench/startup.sh). Generated files live in a temp dir, removed at exit.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000 1000000)
tj_max=${COMPARE_TJ_MAX:-10000}
floor_min=${COMPARE_FLOOR_MIN:-10000}
timeout_s=${COMPARE_TIMEOUT:-1200}
read -r -a shapes <<<"${COMPARE_SHAPES:-default dense sample}"
sample_max=${COMPARE_SAMPLE_MAX:-250000}

need() { # command, Debian package
  command -v "$1" >/dev/null || { echo "compare.sh needs $1: apt-get install $2" >&2; exit 3; }
}
need hyperfine hyperfine
need java openjdk-17-jdk-headless
need javac openjdk-17-jdk-headless
[ -x /usr/bin/time ] || { echo "compare.sh needs /usr/bin/time: apt-get install time" >&2; exit 3; }
for n in "${sizes[@]}"; do
  if [ "$n" -le "$tj_max" ]; then need tj3 tj3; fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./roadmap validate roadmaps/opcon-transition.yaml >/dev/null 2>&1 || true # builds jar and archive
javac -cp target/roadmap.jar -d "$work/floor" bench/ParseFloor.java
# The floor runs on the JDK and with the flags the launcher picks for roadmap on the same file
# (its start-up flags, or C2 and a small young generation over 16 MiB; or ROADMAP_JAVA_OPTS), as
# the launcher's dry run prints them, without its class-data archive (made for roadmap's jar).
floor_java() {
  local word out=()
  for word in $(ROADMAP_DRY_RUN=1 ./roadmap validate "$1"); do
    case $word in
      -jar) break ;;
      -XX:AOTCache=* | -XX:SharedArchiveFile=* | -Xshare:*) ;;
      *) out+=("$word") ;;
    esac
  done
  echo "${out[*]}"
}

# One run of a command (word-split as hyperfine -N does): sets rc, and rss to its peak RSS in MiB.
peak() {
  rc=0
  rm -f "$work/time.txt"
  # shellcheck disable=SC2086
  timeout "$timeout_s" /usr/bin/time -v -o "$work/time.txt" $1 >"$work/run.out" 2>&1 || rc=$?
  rss=$(awk '/Maximum resident set size/ { printf "%d", $NF / 1024 }' "$work/time.txt" 2>/dev/null || true)
}

# Mean and standard deviation in seconds of command $2 in CSV $1 (command,mean,stddev).
mean() { awk -F, -v c="$2" 'NR > 1 && $1 == c { print $2; print $3 }' "$1"; }

# Times commands in turn: one hyperfine run of each per round, RUNS rounds (warm-up runs before the
# first), so that a slower minute of this shared machine falls on every command alike rather than
# on the one whose block of runs it meets. Writes command,mean,stddev (seconds) to CSV.
#   timed CSV WARMUP RUNS [-i] COMMAND...
timed() {
  local csv=$1 warm=$2 rounds=$3 round
  shift 3
  local ignore=()
  if [ "${1:-}" = -i ]; then
    ignore=(-i)
    shift
  fi
  : >"$csv.all"
  for ((round = 0; round < rounds; round++)); do
    hyperfine -N ${ignore[@]+"${ignore[@]}"} --warmup "$([ "$round" -eq 0 ] && echo "$warm" || echo 0)" \
      --runs 1 --style basic --export-csv "$csv.round" "$@" >&2
    tail -n +2 "$csv.round" >>"$csv.all"
  done
  {
    echo "command,mean,stddev"
    awk -F, '{ n[$1]++; s[$1] += $2; q[$1] += $2 * $2; if (!($1 in o)) o[$1] = ++k }
      END {
        for (c in o) order[o[c]] = c
        for (i = 1; i <= k; i++) {
          c = order[i]; m = s[c] / n[c]; v = n[c] > 1 ? (q[c] - n[c] * m * m) / (n[c] - 1) : 0
          printf "%s,%.6f,%.6f\n", c, m, (v > 0 ? sqrt(v) : 0)
        }
      }' "$csv.all"
  } >"$csv"
}

runs_for() { if [ "$1" -le 1000 ]; then echo 10; elif [ "$1" -le 10000 ]; then echo 5; else echo 3; fi; }

baseline=${COMPARE_BASELINE:-}
if [ -n "$baseline" ]; then
  [ -x "$baseline/roadmap" ] || { echo "COMPARE_BASELINE: no roadmap launcher in $baseline" >&2; exit 3; }
  (cd "$baseline" && ./roadmap validate roadmaps/opcon-transition.yaml >/dev/null 2>&1) || true
fi

tj_rows=()
floor_rows=()
base_rows=()
# Writes the roadmap of shape $1 with at least $2 milestones to $file, and for TaskJuggler
# $work/r.tjp when $3 is 1; sets count to its number of milestones.
generate() {
  rm -f "$work/r.tjp"
  case $1 in
    default | dense)
      java bench/Generate.java roadmap "$2" "$file" --shape "$1" ${3:+--tjp "$work/r.tjp"}
      count=$2
      ;;
    sample)
      count=$(java bench/Generate.java sample "$2" "$file" | awk '{ print $1 }')
      if [ -n "$3" ]; then
        ./roadmap export "$file" --format json -o "$work/r.json" 2>/dev/null || true
        java -cp target/roadmap.jar bench/ExportTjp.java "$work/r.json" "$work/r.tjp" >&2
        rm -f "$work/r.json"
      fi
      ;;
    *) echo "compare.sh: no shape $1 (default, dense, sample)" >&2; exit 3 ;;
  esac
}

for shape in "${shapes[@]}"; do
for n in "${sizes[@]}"; do
  if [ "$shape" = sample ] && [ "$n" -gt "$sample_max" ]; then
    n=$sample_max # the sample repeated to a million would be over --max-file-size
  fi
  file=$work/r.yaml
  tj=""
  [ "$n" -gt "$tj_max" ] || tj=1
  generate "$shape" "$n" "$tj"
  bytes=$(wc -c <"$file")
  rm_cmd="./roadmap validate $file"
  peak "$rm_cmd"
  rm_rss=$rss
  why=""
  if [ "$rc" -gt 1 ]; then # 1: findings (RM207 warnings of the dense shape do not fail)
    why="exit $rc"
    [ "$rc" -ne 124 ] || why="timed out after $timeout_s s"
    grep -q OutOfMemoryError "$work/run.out" && why="$why, OutOfMemoryError"
    echo "roadmap validate at $count milestones ($shape) failed ($why; peak RSS ${rss:-?} MiB):" >&2
    tail -n 5 "$work/run.out" >&2
  fi
  findings=$(tail -n 1 "$work/run.out" | sed -n 's/^checked 1 file: //p')
  base_cmd=""
  if [ -n "$baseline" ] && [ -z "$why" ]; then
    base_cmd="$baseline/roadmap validate $file"
    peak "$base_cmd"
    base_rss=$rss
    [ "$rc" -le 1 ] || { echo "the baseline failed on $count milestones ($shape)" >&2; base_cmd=""; }
  fi
  runs=$(runs_for "$n")
  warm=1
  [ "$n" -le 10000 ] || warm=0
  if [ -n "$tj" ] && [ -z "$why" ]; then
    tj_cmd="tj3 --no-reports $work/r.tjp"
    peak "$tj_cmd"
    tj_rss=$rss
    if [ "$rc" -ne 0 ]; then
      # TaskJuggler can report a false dependency loop on a random project and stop part way:
      # then its time would not be a schedule of the same project.
      echo "tj3 failed on $count tasks ($shape), exit $rc:" >&2
      grep -m 3 -i "error" "$work/run.out" >&2 || tail -n 3 "$work/run.out" >&2
      tj_rows+=("| $shape | $count | | tj3 failed (exit $rc) | | | $tj_rss | |")
    else
      timed "$work/tj.csv" "$warm" "$runs" -i "$rm_cmd" "$tj_cmd" ${base_cmd:+"$base_cmd"}
      base_csv=$work/tj.csv
      { read -r a; read -r sa; } < <(mean "$work/tj.csv" "$rm_cmd")
      { read -r b; read -r sb; } < <(mean "$work/tj.csv" "$tj_cmd")
      tj_rows+=("$(awk -v s="$shape" -v n="$count" -v a="$a" -v sa="$sa" -v b="$b" -v sb="$sb" \
        -v ra="$rm_rss" -v rb="$tj_rss" -v r="$runs" -v f="$findings" 'BEGIN { printf "| %s | %d | %.3f ± %.3f | %.3f ± %.3f | %.1f | %d | %d | %d | %s |", s, n, a, sa, b, sb, b / a, ra, rb, r, f }')")
    fi
  fi
  if [ "$n" -ge "$floor_min" ]; then
    floor_cmd="$(floor_java "$file") -cp $work/floor:target/roadmap.jar ParseFloor $file"
    peak "$floor_cmd"
    floor_rss=$rss
    [ "$rc" -eq 0 ] || { echo "the parse floor failed on $count milestones ($shape)" >&2; exit 1; }
    mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
    if [ -z "$why" ]; then
      # With the baseline in the TaskJuggler run already, it is not run again here.
      floor_base=""
      [ -n "${base_csv:-}" ] || floor_base=$base_cmd
      timed "$work/floor.csv" "$warm" "$runs" -i "$rm_cmd" "$floor_cmd" ${floor_base:+"$floor_base"}
      [ -z "$floor_base" ] || base_csv=$work/floor.csv
      { read -r a; read -r sa; } < <(mean "$work/floor.csv" "$rm_cmd")
      { read -r b; read -r sb; } < <(mean "$work/floor.csv" "$floor_cmd")
      floor_rows+=("$(awk -v s="$shape" -v n="$count" -v mb="$mb" -v a="$a" -v sa="$sa" -v b="$b" -v sb="$sb" \
        -v ra="$rm_rss" -v rb="$floor_rss" -v r="$runs" -v f="$findings" 'BEGIN { printf "| %s | %d | %s | %.3f ± %.3f | %.3f ± %.3f | %.2f | %.1f | %.1f | %d | %d | %d | %s |", s, n, mb, a, sa, b, sb, a / b, a * 1e6 / n, b * 1e6 / n, ra, rb, r, f }')")
    else
      timed "$work/floor.csv" "$warm" "$runs" "$floor_cmd"
      { read -r b; read -r sb; } < <(mean "$work/floor.csv" "$floor_cmd")
      floor_rows+=("$(awk -v s="$shape" -v n="$count" -v mb="$mb" -v b="$b" -v sb="$sb" -v ra="${rm_rss:-?}" \
        -v rb="$floor_rss" -v r="$runs" -v w="$why" 'BEGIN { printf "| %s | %d | %s | failed (%s) | %.3f ± %.3f | | | %.1f | %s | %d | %d | |", s, n, mb, w, b, sb, b * 1e6 / n, ra, rb, r }')")
    fi
  fi
  if [ -n "$base_cmd" ] && [ -n "${base_csv:-}" ]; then
    { read -r a; read -r sa; } < <(mean "$base_csv" "$rm_cmd")
    { read -r b; read -r sb; } < <(mean "$base_csv" "$base_cmd")
    base_rows+=("$(awk -v s="$shape" -v n="$count" -v a="$a" -v sa="$sa" -v b="$b" -v sb="$sb" -v ra="$rm_rss" \
      -v rb="$base_rss" -v r="$runs" 'BEGIN { printf "| %s | %d | %.3f ± %.3f | %.3f ± %.3f | %.2f | %d | %d | %d |", s, n, a, sa, b, sb, a / b, ra, rb, r }')")
  fi
  base_csv=""
  rm -f "$file" "$work/r.tjp"
done
done

if [ ${#tj_rows[@]} -gt 0 ]; then
  echo "### roadmap and TaskJuggler 3 on the same project"
  echo
  echo "| shape | tasks | \`roadmap validate\` mean [s] | \`tj3 --no-reports\` mean [s] | tj3 / roadmap | roadmap peak RSS [MiB] | tj3 peak RSS [MiB] | runs | roadmap's findings |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${tj_rows[@]}"
  echo
fi
if [ ${#floor_rows[@]} -gt 0 ]; then
  echo "### roadmap and the parse floor"
  echo
  echo "| shape | milestones | file [MiB] | \`roadmap validate\` mean [s] | parse floor mean [s] | roadmap / floor | roadmap [µs per milestone] | floor [µs per milestone] | roadmap peak RSS [MiB] | floor peak RSS [MiB] | runs | roadmap's findings |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${floor_rows[@]}"
fi
if [ ${#base_rows[@]} -gt 0 ]; then
  echo
  echo "### This checkout and the baseline (\`COMPARE_BASELINE\`), in the same runs"
  echo
  echo "| shape | milestones | this checkout mean [s] | baseline mean [s] | this / baseline | this peak RSS [MiB] | baseline peak RSS [MiB] | runs |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${base_rows[@]}"
fi
if [ "${COMPARE_STARTUP:-1}" != 0 ]; then
  # Last, so that the tables above are printed whatever happens here.
  echo
  echo "### Start-up: \`bench/startup.sh\`"
  echo
  STARTUP_BASELINE=$baseline bench/startup.sh
fi
