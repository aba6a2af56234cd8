#!/usr/bin/env bash
# Runs the dossier load driver against a running server and prints the CPU time the server JVM and the
# PostgreSQL processes used per completed action (read from /proc), a figure that moves much less with
# other load on the machine than actions per second do.
# Usage: bench/cpu-per-action.sh SERVER_PID [load args: URL PROCEDURE USERS SECONDS WARMUP]
set -euo pipefail
pid=$1; shift
args=${*:-"http://localhost:8095 H41-X-HKD-031 8 60 20"}
tck=$(getconf CLK_TCK)
jvm_cpu() { awk '{print $14+$15}' /proc/"$pid"/stat; }
pg_cpu() { local t=0; for p in $(pgrep -x postgres); do t=$((t + $(awk '{print $14+$15}' /proc/"$p"/stat 2>/dev/null || echo 0))); done; echo $t; }
log=$(mktemp)
# counted over the whole run, warm-up included: the server works only while the driver sends requests
j0=$(jvm_cpu); p0=$(pg_cpu)
./mvnw -q -Pload test-compile exec:exec -Dload.args="$args" > "$log" 2>&1 &
driver=$!
wait $driver
j1=$(jvm_cpu); p1=$(pg_cpu)
cat "$log"
actions=$(sed -n -e 's/^measured .*: \([0-9]*\) actions ok.*/\1/p' -e 's/^warm-up .*: \([0-9]*\) actions ok.*/\1/p' "$log" | paste -sd+ | bc)
awk -v j=$((j1-j0)) -v p=$((p1-p0)) -v a="$actions" -v t="$tck" 'BEGIN {
  printf "CPU per action: server JVM %.2f ms, PostgreSQL %.2f ms (over %d actions)\n", j*1000/t/a, p*1000/t/a, a }'
