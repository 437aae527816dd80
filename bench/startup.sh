#!/usr/bin/env bash
# Start-up benchmark, whole process, side by side in one run (hyperfine, from Debian):
#   java Hello World (the floor), the launcher (class-data archive and short-process flags), and
#   plain 'java -jar'. Prints a Markdown table; docs/performance.md keeps the figures.
#
#   bench/startup.sh [ROADMAP]        (default: roadmaps/opcon-transition.yaml)
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:-roadmaps/opcon-transition.yaml}
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install hyperfine" >&2; exit 3; }

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

hyperfine -N --warmup 5 --runs 30 --export-markdown "$work/out.md" \
  "java -jar $work/hello.jar" \
  "./roadmap validate $file" \
  "java -jar target/roadmap.jar validate $file" >&2
sed "s|$work/||g" "$work/out.md"
