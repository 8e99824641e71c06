#!/usr/bin/env bash
# Checks that imports stream in constant memory: generates an events file of at least SIZE_GB (default 2) GB,
# imports it into a fresh embedded H2 database with a 512 MB heap, and prints rows/s, the peak heap and the
# peak resident set. The generated file and the database are deleted afterwards.
#   scripts/import-large-file.sh [SIZE_GB] [HEAP]        e.g. scripts/import-large-file.sh 2 512m
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${LEADSCOPE_JAR:-$root/adapters-rest/target/leadscope.jar}"
size_gb="${1:-2}"
heap="${2:-512m}"
padding=1000                                   # bytes of text per event row, so that fewer rows make the file
row_bytes=$((padding + 80))                    # the rest of a generated row is 75-80 bytes
events=$(( (size_gb * 1024 * 1024 * 1024) / row_bytes + 50000 ))

[ -f "$jar" ] || (cd "$root" && mvn -B -ntp -q -pl adapters-rest -am package -DskipTests)
tmp="${TMPDIR:-/tmp}"
need_gb=$(( size_gb * 3 + 1 ))
free_gb=$(df -Pk "$tmp" | awk 'NR==2 {print int($4 / 1024 / 1024)}')
[ "$free_gb" -ge "$need_gb" ] || { echo "import-large-file: $tmp has ${free_gb} GB free; need about ${need_gb} GB" >&2; exit 1; }

echo "import-large-file: $events events of about $row_bytes bytes, heap -Xmx$heap" >&2
/usr/bin/time -f "process: wall %e s, user %U s, sys %S s, max RSS %M KB" \
  java "-Xmx$heap" -XX:+UseParallelGC -jar "$jar" import --bench-events "$events" --bench-leads 20000 \
  --bench-padding "$padding" --quiet
