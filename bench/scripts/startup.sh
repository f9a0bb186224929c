#!/usr/bin/env bash
# Start-up of whole commands, several launchers side by side in one run, alternated:
#   bench/scripts/startup.sh [--runs 10] LAUNCHER...      (default: ./supcert)
# e.g. bench/scripts/startup.sh ./supcert /path/to/older/checkout/supcert
# Prints the median and the best wall time, and the median CPU time (user + sys), per command.
set -euo pipefail
runs=10
if [ "${1:-}" = --runs ]; then runs=$2; shift 2; fi
launchers=("$@")
[ ${#launchers[@]} -eq 0 ] && launchers=("$(dirname "$0")/../../supcert")
commands=("--help" "check --family butterfly-split:4096:6" "butterfly --target hadamard:1024 --tree balanced")
for l in "${launchers[@]}"; do "$l" --help >/dev/null; done # builds and start-up caches outside the timings
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for ((r = 0; r < runs; r++)); do
  for ci in "${!commands[@]}"; do
    for li in "${!launchers[@]}"; do
      # shellcheck disable=SC2086
      /usr/bin/time -f '%e %U %S' -a -o "$tmp/$li-$ci" "${launchers[$li]}" ${commands[$ci]} >/dev/null 2>&1 || true
    done
  done
done
printf '%s runs each, alternated; load average %s\n' "$runs" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| command | launcher | median wall s | best wall s | median CPU s |\n|---|---|---|---|---|\n'
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for ci in "${!commands[@]}"; do
  for li in "${!launchers[@]}"; do
    f="$tmp/$li-$ci"
    printf '| `%s` | %s | %.2f | %.2f | %.2f |\n' "${commands[$ci]}" "${launchers[$li]}" \
      "$(awk '{ print $1 }' "$f" | median)" "$(awk '{ print $1 }' "$f" | sort -n | head -1)" \
      "$(awk '{ print $2 + $3 }' "$f" | median)"
  done
done
