#!/usr/bin/env bash
# End-to-end bulk rescoring benchmark: the whole path a model activation takes, from the stored history to the stored
# scores, on the service's own database. Builds the jar if needed, simulates ACCOUNTS accounts, imports them into a
# fresh temporary data directory (embedded H2), trains and activates a model, then runs 'leadscope rescore' RUNS times
# (each a new process, as an operator would run it) and prints each run's leads/s: chunk by chunk, each chunk's history
# read once, features, tree prediction (reasons left to the read paths), scores appended, accounts rescored, leads
# qualified, changes published and states stored.
#
#   scripts/bulk-rescore-bench.sh [--accounts 2000] [--runs 2] [--heap 2g] [--keep]
#
# The simulator gives about 1.9 leads per account over its default year (2,000 accounts: about 3,800 leads).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${LEADSCOPE_JAR:-$root/adapters-rest/target/leadscope.jar}"
accounts=2000 runs=2 heap=2g keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --accounts) accounts="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bulk-rescore-bench: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

stale() {
  [ -f "$jar" ] || return 0
  [ -n "$(find "$root" -path "$root/*/target" -prune -o -path "$root/.git" -prune -o \
           \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]
}
if [ -z "${LEADSCOPE_JAR:-}" ] && stale; then
  echo "bulk-rescore-bench: building the service jar..." >&2
  (cd "$root" && mvn -B -ntp -q -pl adapters-rest -am package -DskipTests) >&2
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/leadscope-bulk.XXXXXX")
cleanup() { if [ "$keep" = 1 ]; then echo "bulk-rescore-bench: kept $dir" >&2; else rm -rf "$dir"; fi; }
trap cleanup EXIT
cli() { java "-Xmx$heap" -XX:+UseParallelGC -jar "$jar" "$@"; }

echo "bulk-rescore-bench: simulating $accounts accounts..." >&2
cli simulate --accounts "$accounts" --seed 42 --out "$dir/sim" >&2
echo "bulk-rescore-bench: importing into $dir/data..." >&2
cli import --mapping "$dir/sim/mapping.yml" --data-dir "$dir/data" >&2
echo "bulk-rescore-bench: training and activating a model..." >&2
cli train --data-dir "$dir/data" --activate > "$dir/train.log" 2>&1 || { cat "$dir/train.log" >&2; exit 1; }
for run in $(seq 1 "$runs"); do
  echo "bulk-rescore-bench: run $run of $runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
  cli rescore --data-dir "$dir/data" 2> "$dir/rescore-$run.log" || { cat "$dir/rescore-$run.log" >&2; exit 1; }
done
