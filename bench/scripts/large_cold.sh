#!/usr/bin/env bash
# A large cold run, as a user runs it: wall time and peak RSS of whole processes of
#   JAVA_OPTS=-Xmx8g ./supcert butterfly --target hadamard:N --tree balanced --json
#   bench/scripts/large_cold.sh [--runs 10] [--n 16384] [--xmx 8g] [LAUNCHER]   (default: ./supcert)
# Prints each run (wall s, peak RSS, the factorization's and the error check's seconds as the
# process reports them) and the medians, with the peak RSS over the target's size (N^2 doubles)
# and the load average (1, 5, 15 min) before and after.
set -euo pipefail
runs=10 n=16384 xmx=8g
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --n) n=$2; shift 2 ;;
    --xmx) xmx=$2; shift 2 ;;
    *) break ;;
  esac
done
launcher=${1:-$(dirname "$0")/../../supcert}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$launcher" butterfly --target hadamard:4 >/dev/null # build and start-up cache outside the timings
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
printf '| run | wall s | peak RSS GB | factorization s | error check s |\n|---|---|---|---|---|\n'
for ((r = 1; r <= runs; r++)); do
  JAVA_OPTS="-Xmx$xmx ${JAVA_OPTS:-}" /usr/bin/time -f '%e %M' -o "$tmp/time" \
    "$launcher" butterfly --target "hadamard:$n" --tree balanced --json >"$tmp/out.json"
  read -r wall rss_kb <"$tmp/time"
  secs=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["seconds"], d["errorSeconds"])' "$tmp/out.json")
  printf '%s %s %s\n' "$wall" "$rss_kb" "$secs" >>"$tmp/all"
  printf '| %d | %.2f | %.2f | %.2f | %.2f |\n' "$r" "$wall" "$(echo "$rss_kb" | awk '{ print $1 * 1024 / 1e9 }')" $secs
done
python3 - "$tmp/all" "$n" "$runs" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1])]
n = int(sys.argv[2]); target = n * n * 8
med = [statistics.median(c) for c in zip(*rows)]
print(f"\nmedians of {sys.argv[3]}: wall {med[0]:.2f} s, peak RSS {med[1] * 1024 / 1e9:.2f} GB"
      f" = {med[1] * 1024 / target:.2f}x the target ({target / 1e9:.2f} GB), factorization {med[2]:.2f} s,"
      f" error check {med[3]:.2f} s; max peak RSS {max(r[1] for r in rows) * 1024 / target:.2f}x;"
      f" load average {sys.argv[4]} before, {sys.argv[5]} after")
PY
