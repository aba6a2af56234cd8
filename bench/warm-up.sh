#!/usr/bin/env bash
# Drives the dossier load against a running server in 40-second rounds until the JVM's JIT compiler threads have
# (almost) nothing left to do: until they use less than 5 % of the server's CPU in a round, after at least three
# rounds (at most 20). On two cores the C2 compiler stays busy for five to ten minutes of load, and while it works
# it takes a quarter to a third of the server's CPU: figures taken before that are the JIT's, not the server's.
# Usage: bench/warm-up.sh SERVER_PID [URL PROCEDURE USERS]   (run from the project directory)
set -euo pipefail
pid=${1:?pid of the server JVM}
url=${2:-http://localhost:8095}; procedure=${3:-H41-X-HKD-031}; users=${4:-8}
ticks() { # CPU ticks of the server's threads whose name matches $1, and of all its threads
  local m=0 a=0 n s
  for t in /proc/"$pid"/task/*; do
    n=$(cat "$t/comm" 2>/dev/null) || continue; s=$(awk '{print $14+$15}' "$t/stat" 2>/dev/null) || continue
    a=$((a + s)); case $n in *Compiler*) m=$((m + s));; esac
  done; echo "$m $a"
}
./mvnw -q -o -Pload test-compile >/dev/null 2>&1 || ./mvnw -q -Pload test-compile >/dev/null
for round in $(seq 1 20); do
  read -r c0 a0 < <(ticks)
  out=$(./mvnw -q -o -Pload exec:exec -Dload.args="$url $procedure $users 40 0" 2>&1 | grep '^measured' || true)
  read -r c1 a1 < <(ticks)
  share=$(awk -v c=$((c1 - c0)) -v a=$((a1 - a0)) 'BEGIN { printf "%.1f", a ? 100 * c / a : 100 }')
  echo "warm-up round $round: ${out#measured } — JIT compiler ${share} % of the server's CPU"
  if [ "$round" -ge 3 ] && awk -v s="$share" 'BEGIN { exit !(s < 5) }'; then echo "warm"; exit 0; fi
done
echo "the JIT compiler was still busy after 20 rounds" >&2; exit 1
