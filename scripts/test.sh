#!/usr/bin/env bash
# The whole check, as CI runs it: set up the machine, then `npm test` (typecheck, unit tests, builds, lint, e2e).
# Without a display the run happens under Xvfb, because some end-to-end tests need real X key events.
# Ends with one line: "N passed, N failed" (tests counted by vitest across the unit and e2e runs).
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh || exit 1

log=$(mktemp -t returndesk-test-XXXXXX.log)
started=$(date +%s)
if [[ -z "${DISPLAY:-}" ]]; then
  xvfb-run -a --server-args="-screen 0 1920x1080x24" npm test 2>&1 | tee "$log"
else
  npm test 2>&1 | tee "$log"
fi
status=${PIPESTATUS[0]}

# Sum vitest's "Tests  3 passed | 1 failed (4)" lines (one per vitest run), colour codes removed.
read -r passed failed < <(
  sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" | awk '
    /^[[:space:]]*Tests[[:space:]]/ {
      for (i = 2; i <= NF; i++) {
        if ($(i) ~ /^passed/) p += $(i - 1)
        if ($(i) ~ /^failed/) f += $(i - 1)
      }
    }
    END { printf "%d %d\n", p, f }'
)
rm -f "$log"

if [[ $status -ne 0 && $failed -eq 0 ]]; then
  echo "npm test failed before or outside the test runs (exit $status); see the output above."
fi
echo "Took $(( $(date +%s) - started )) s."
echo "$passed passed, $failed failed"
exit "$status"
