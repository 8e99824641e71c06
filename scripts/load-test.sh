#!/usr/bin/env bash
# Real-time load test of the whole service: builds the jar if needed, starts the service on a fresh temporary data
# directory and a free port, creates an admin key, loads simulated history and trains a model ('bench load
# --setup-only'), then runs 'leadscope bench load' against it while sampling the service's resident memory
# (VmRSS every second, VmHWM at the end, from /proc), prints everything and stops the service.
#
#   scripts/load-test.sh [--accounts N] [--leads N] [--event-rate R] [--read-rate R] [--duration 60s] [--warmup 240s]
#                        [--heap 1g] [--keep] [--big [--train-heap 8g]] [--service-cpus 0 --client-cpus 1] [--jfr FILE]
#                        [--jvm 'OPTIONS']
#                        [-- more 'bench load' options]
#
#   --service-cpus, --client-cpus  pin the service and the load client to these cores (taskset -c lists, e.g. 0 and
#             1), so that the client does not take the service's CPU; the service's CPU time during the load is
#             printed either way (from /proc/PID/stat), in all and by thread, then for the measured part alone (from
#             the end of the warm-up to the last answer: no read-back) with its CPU per event.
#   --warmup  load sent before the measured part (default 240s): on 10,000 leads the service's JIT compiles for
#             about three minutes under this load (with 120s it still took a sixth of the measured minute's CPU), and
#             the backlog a shorter warm-up leaves (seconds) would be measured as latency.
#   --from DIR  start from a copy of the data directory DIR (e.g. one kept by --keep: DIR/data), so that setup finds
#             the leads and the active model there and only the load runs.
#   --jfr     record a Java Flight Recorder profile of the service during the load into FILE (settings=profile).
#   --jvm     more JVM options for the service, after the defaults so that they win (e.g. '-Xlog:gc:file=gc.log', or
#             '-XX:-UseParallelGC -XX:+UseG1GC' to compare collectors: the default collector must be switched off).
#   --big     the memory run: about 1M leads and 21M events (simulator: 920,000 accounts from 2024-09-16 to the end of
#             2024, intent rows dropped), imported into the data directory and a model trained and activated there
#             (`leadscope train --activate`, its own process with --train-heap, default 8g) before the service starts;
#             the service then rescores the imported leads from their pending marks, and the load waits for that
#             (`--idle-timeout 120m` unless given after --). Needs about 15 GB of disk and hours on a 2-core machine
#             (docs/benchmarks.md).
#   --keep    keep the data directory and the service log afterwards.
# LEADSCOPE_SERVICE_JAR runs another build of the service (e.g. a release to compare with) under this harness.
# The per-key rate limit is switched off for the service under test; the resident memory target is 1.5 GB.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${LEADSCOPE_JAR:-$root/adapters-rest/target/leadscope.jar}"
service_jar="${LEADSCOPE_SERVICE_JAR:-$jar}"
accounts= leads=10000 event_rate=1000 read_rate=2000 duration=60s warmup=240s heap=1g keep=0 big=0 train_heap=8g
service_cpus="" client_cpus="" jfr="" from="" jvm=""
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --accounts) accounts="$2"; shift 2 ;;
    --leads) leads="$2"; shift 2 ;;
    --event-rate) event_rate="$2"; shift 2 ;;
    --read-rate) read_rate="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --big) big=1; shift ;;
    --train-heap) train_heap="$2"; shift 2 ;;
    --service-cpus) service_cpus="$2"; shift 2 ;;
    --client-cpus) client_cpus="$2"; shift 2 ;;
    --from) from="$2"; shift 2 ;;
    --jvm) jvm="$2"; shift 2 ;;
    --jfr) jfr="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,31p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "load-test: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
rss_limit_kb=$((1536 * 1024))

stale() {
  [ -f "$jar" ] || return 0
  [ -n "$(find "$root" -path "$root/*/target" -prune -o -path "$root/.git" -prune -o \
           \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$jar" -print -quit)" ]
}
if [ -z "${LEADSCOPE_JAR:-}" ] && stale; then
  echo "load-test: building the service jar..." >&2
  (cd "$root" && mvn -B -ntp -q -pl adapters-rest -am package -DskipTests) >&2
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/leadscope-load.XXXXXX")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"
pin() { if [ -n "$1" ]; then echo taskset -c "$1"; fi; }
cli() { $(pin "$client_cpus") java -Xmx1g -XX:+UseParallelGC -jar "$jar" "$@"; }
pid="" sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  if [ "$keep" = 1 ]; then echo "load-test: kept $dir" >&2; else rm -rf "$dir"; fi
}
trap cleanup EXIT

if [ "$big" = 1 ]; then
  free_gb=$(df -Pk "$dir" | awk 'NR==2 {print int($4 / 1024 / 1024)}')
  [ "$free_gb" -ge 15 ] || { echo "load-test: $dir has ${free_gb} GB free; --big needs about 15 GB" >&2; exit 1; }
  accounts=920000 leads=10000
  echo "load-test: simulating 920,000 accounts (about 1M leads, 21M events) into $dir/sim..." >&2
  t0=$(date +%s)
  cli simulate --accounts "$accounts" --start 2024-09-16 --end 2024-12-31 --seed 42 --out "$dir/sim" >&2
  head -n 1 "$dir/sim/intent.csv" > "$dir/sim/intent.head" && mv "$dir/sim/intent.head" "$dir/sim/intent.csv"
  echo "load-test: importing into $dir/data (no service yet)..." >&2
  java -Xmx1g -XX:+UseParallelGC -jar "$service_jar" import --mapping "$dir/sim/mapping.yml" --data-dir "$dir/data" >&2
  echo "load-test: simulated and imported in $(( $(date +%s) - t0 )) s" >&2
  # Training reads every lead's history: at this size it needs far more than the service's heap, so it runs as the
  # batch job it is, in its own process, and the service only serves (docs/benchmarks.md, "The memory run").
  echo "load-test: training and activating a model on the imported history (own process, -Xmx$train_heap)..." >&2
  t0=$(date +%s)
  java "-Xmx$train_heap" -XX:+UseParallelGC -jar "$service_jar" train --data-dir "$dir/data" --activate >&2
  echo "load-test: trained in $(( $(date +%s) - t0 )) s" >&2
  case " ${extra[*]-} " in *" --idle-timeout "*) ;; *) extra+=(--idle-timeout 120m) ;; esac
fi

[ -z "$from" ] || cp -r "$from" "$dir/data"
echo "load-test: starting the service on $url with -Xmx$heap, data in $dir/data" >&2
MALLOC_ARENA_MAX=2 $(pin "$service_cpus") java "-Xms$heap" "-Xmx$heap" -XX:+UseParallelGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m \
  -XX:MaxDirectMemorySize=128m -Dleadscope.security.rate-limit.requests-per-second=0 \
  -Dleadscope.monitor.initial-delay=6h $jvm \
  -jar "$service_jar" serve --port "$port" --data-dir "$dir/data" > "$dir/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  curl -fsS "$url/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { echo "load-test: the service did not start:" >&2; tail -n 40 "$dir/service.log" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "$url/health" >/dev/null || { echo "load-test: the service did not answer /health in 120 s" >&2; exit 1; }
key=$(java -Xmx512m -jar "$service_jar" keys create --data-dir "$dir/data" --workspace default --role admin --name "load test" 2>"$dir/keys.log" | tail -n 1)

rss() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0; }
sample() {  # VmRSS in KB every second, with the phase, until killed
  while kill -0 "$pid" 2>/dev/null; do echo "$(date +%s) $(cat "$dir/phase") $(rss VmRSS)" >> "$dir/rss.log"; sleep 1; done
}
echo setup > "$dir/phase"
sample & sampler=$!

cli bench load --url "$url" --key "$key" --setup-only --leads "$leads" ${accounts:+--accounts "$accounts"}
echo load > "$dir/phase"
[ -z "$jfr" ] || jcmd "$pid" JFR.start name=load settings=profile filename="$jfr" >/dev/null
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }  # utime + stime, in clock ticks
thread_ticks() {  # "thread-group ticks" per live thread: the name without its number, utime + stime
  # one cat and one awk for every thread at once: a process or two per thread, as this used to take, cost the cores
  # enough at the warm-up's end to show in the first measured seconds' latencies
  { cat /proc/"$pid"/task/*/stat 2>/dev/null || true; } | awk '{
    lp = index($0, "("); rp = 0
    for (i = length($0); i > lp; i--) if (substr($0, i, 1) == ")") { rp = i; break }
    n = substr($0, lp + 1, rp - lp - 1); gsub(/[-#0-9]+$/, "", n)
    split(substr($0, rp + 2), f, " ")  # f[1] is the state (field 3), so utime and stime (fields 14, 15) are f[12], f[13]
    print $1, n, f[12] + f[13]
  }'
}
metrics() {  # the service's metrics in Prometheus text format, once for both readings below
  curl -fsS -H "Authorization: Bearer $key" "$url/prometheus" 2>/dev/null || true
}
rescored() {  # leads rescored so far (leadscope.rescoring.leads), from the metrics text in file $1
  awk '/^leadscope_rescoring_leads_total/ {n += $NF} END {printf "%d", n}' "$1"
}
stages() {  # "stage seconds count" of the rescoring stage timers (leadscope.rescoring.stage), from the metrics text in file $1
  awk '
    /^leadscope_rescoring_stage_seconds_(sum|count)\{/ {
      match($0, /stage="[^"]*"/); s = substr($0, RSTART + 7, RLENGTH - 8)
      if ($0 ~ /_sum\{/) sum[s] = $NF; else n[s] = $NF
    }
    END {for (s in sum) printf "%s %s %s\n", s, sum[s], n[s] + 0}' "$1"
}
snapshot() {  # the service's thread CPU, leads rescored and stage timers now, under the name $1
  thread_ticks > "$dir/threads.$1"; metrics > "$dir/metrics.$1"
  stages "$dir/metrics.$1" > "$dir/stages.$1"; rescored "$dir/metrics.$1" > "$dir/rescored.$1"; date +%s.%N > "$dir/time.$1"
}
snapshot 0
rescored0=$(cat "$dir/rescored.0")
ticks0=$(cpu_ticks) t_load0=$(date +%s.%N)
set +e
# the client's own lines mark the end of the warm-up and of sending: snapshots there give the measured part alone
cli bench load --url "$url" --key "$key" --leads "$leads" --event-rate "$event_rate" --read-rate "$read_rate" \
  --duration "$duration" --warmup "$warmup" "${extra[@]}" | while IFS= read -r line; do
    printf '%s\n' "$line"
    printf '%s\n' "$line" >> "$dir/bench.out"
    case "$line" in
      "load: warm-up over"*) snapshot warm ;;
      "load: done;"*) snapshot sent ;;
    esac
  done
code=${PIPESTATUS[0]}
set -e
ticks1=$(cpu_ticks) t_load1=$(date +%s.%N)
snapshot 1
rescored1=$(cat "$dir/rescored.1")
[ -z "$jfr" ] || { jcmd "$pid" JFR.stop name=load >/dev/null && echo "load-test: service profile in $jfr" >&2; }
echo done > "$dir/phase"
hwm=$(rss VmHWM)
kill "$sampler" 2>/dev/null || true; sampler=""

load_max=$(awk '$2 == "load" && $3 > m {m = $3} END {print m + 0}' "$dir/rss.log")
setup_max=$(awk '$2 == "setup" && $3 > m {m = $3} END {print m + 0}' "$dir/rss.log")
leads_held=$(curl -fsS -H "Authorization: Bearer $key" "$url/api/v1/leads?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo
printf 'service memory: VmRSS max %d MB during the load, %d MB during setup; VmHWM (peak of the process) %d MB; heap -Xmx%s\n' \
  $((load_max / 1024)) $((setup_max / 1024)) $((hwm / 1024)) "$heap"
printf 'service CPU during the load (warm-up, measured part and settle): %.1f s in %.1f s of wall clock (%.0f%% of a core)\n' \
  "$(echo "($ticks1 - $ticks0) / $(getconf CLK_TCK)" | bc -l)" "$(echo "$t_load1 - $t_load0" | bc -l)" \
  "$(echo "100 * ($ticks1 - $ticks0) / $(getconf CLK_TCK) / ($t_load1 - $t_load0)" | bc -l)"
echo "service CPU by thread during the load (seconds; names without their numbers, as the kernel shows them):"
awk -v hz="$(getconf CLK_TCK)" 'NR == FNR {id = $1; t0[id] = $NF; next}
  {id = $1; name = $2; for (i = 3; i < NF; i++) name = name " " $i; cpu[name] += ($NF - (id in t0 ? t0[id] : 0)) / hz}
  END {for (n in cpu) if (cpu[n] >= 0.05) printf "  %8.1f  %s\n", cpu[n], n}' "$dir/threads.0" "$dir/threads.1" | sort -rn
worker_s=$(awk -v hz="$(getconf CLK_TCK)" 'NR == FNR {t0[$1] = $NF; next} $2 == "leadscope-resco" {s += ($NF - t0[$1]) / hz}
  END {printf "%.3f", s}' "$dir/threads.0" "$dir/threads.1")
n_rescored=$((rescored1 - rescored0))
[ "$n_rescored" -le 0 ] || printf 'rescoring worker: %d leads rescored during the load, %.0f µs of worker CPU per lead rescored\n' \
  "$n_rescored" "$(echo "1000000 * $worker_s / $n_rescored" | bc -l)"
[ "$n_rescored" -le 0 ] || { echo "rescoring stages during the load (leadscope.rescoring.stage; seconds of wall clock, per batch, per lead rescored):"
  awk -v leads="$n_rescored" 'FILENAME == ARGV[1] {s0[$1] = $2; n0[$1] = $3; next}
    {s = $2 - s0[$1]; n = $3 - n0[$1]; if (n > 0) printf "  %8.2f s  %8.0f µs/batch  %8.0f µs/lead  %s\n", s, 1e6 * s / n, 1e6 * s / leads, $1}' \
    "$dir/stages.0" "$dir/stages.1" | sort -rn; }
if [ -f "$dir/threads.warm" ] && [ -f "$dir/threads.sent" ]; then
  # the measured part: from the end of the warm-up to the last event or read answered, without the warm-up's compiling
  # and without the read-back, whose score histories compute every listed score's reasons; rescorings of the measured
  # events still queued when sending ended are not in it (nor are warm-up events rescored in it excluded)
  measured=$(sed -nE 's/^events: +([0-9,]+) answered 2xx after warm-up.*/\1/p' "$dir/bench.out" | tr -d ,)
  reads_measured=$(sed -nE 's/^reads: +([0-9,]+) answered 2xx after warm-up.*/\1/p' "$dir/bench.out" | tr -d ,)
  window=$(echo "$(cat "$dir/time.sent") - $(cat "$dir/time.warm")" | bc -l)
  echo "service CPU during the measured part (from the end of the warm-up to the last answer, ${window%.*} s; read-back excluded):"
  awk -v hz="$(getconf CLK_TCK)" 'NR == FNR {t0[$1] = $NF; next}
    {id = $1; name = $2; for (i = 3; i < NF; i++) name = name " " $i; cpu[name] += ($NF - (id in t0 ? t0[id] : 0)) / hz}
    END {for (n in cpu) if (cpu[n] >= 0.05) printf "  %8.1f  %s\n", cpu[n], n}' "$dir/threads.warm" "$dir/threads.sent" | sort -rn \
    | tee "$dir/measured.cpu"
  n_measured=$(( $(cat "$dir/rescored.sent") - $(cat "$dir/rescored.warm") ))
  awk -v events="${measured:-0}" -v reads="${reads_measured:-0}" -v leads="$n_measured" '
    {s = $1; $1 = ""; sub(/^ /, ""); all += s
     if ($0 == "leadscope-resco") worker += s
     else if ($0 == "blocking-execut" || $0 == "default-eventLo") requests += s
     else if ($0 ~ /CompilerThre/) jit += s}
    END {if (events > 0) printf "per event of the measured part (%d events, %d reads): %.0f µs of service CPU in all, %.0f µs in the request threads (HTTP pool and event loops, reads included), %.0f µs in the rescoring threads, %.0f µs in the JIT compilers\n", events, reads, 1e6 * all / events, 1e6 * requests / events, 1e6 * worker / events, 1e6 * jit / events
         if (leads > 0) printf "rescoring worker during the measured part: %d leads rescored, %.0f µs of worker CPU per lead rescored\n", leads, 1e6 * worker / leads}' \
    "$dir/measured.cpu"
fi
verdict=PASS; [ "$load_max" -le "$rss_limit_kb" ] || verdict=FAIL
note=""; [ "$big" = 1 ] || note=" (on $leads_held leads, not the 1M leads / 20M events of the target: run with --big)"
echo "$verdict resident memory <= 1.5 GB during the load$note"
exit "$code"
