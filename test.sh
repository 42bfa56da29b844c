#!/usr/bin/env bash
# Builds everything once with warnings as errors, checks formatting, runs every test suite (the
# suites in parallel; PostgreSQL tests start a private server), and prints the parser conformance and evaluation scores.
# Data beside the repository in ../shared (or $MONITORING_SHARED) is optional: what needs it says it
# is skipped and why; with CI=true its absence is a failure.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_dotnet
ensure_postgresql
ensure_chromium

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
start=$SECONDS
dotnet build Monitoring.sln -c Release -nologo -v quiet
dotnet format Monitoring.sln --verify-no-changes --no-restore -v quiet

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# Test projects run side by side (one test host each); within the silo suite, classes run one at a time.
# Normal verbosity so a skipped test's reason is printed; the line per passing test is left out.
set +e
dotnet test Monitoring.sln -c Release --no-build -nologo -m:3 --logger "console;verbosity=normal" 2>&1 \
  | tee "$log" | grep -vE '^\s+Passed [A-Z]'
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test projects' summaries.
awk '/^ *(Passed|Failed|Skipped): +[0-9]+ *$/ { gsub(":", "", $1); n[$1] += $2 }
     END { printf "tests: %d passed, %d failed, %d skipped\n", n["Passed"], n["Failed"], n["Skipped"] }' "$log"
# Failures again at the end, name and message, so the last lines of a long run say what broke.
awk '/^ +Failed [A-Za-z_]/ { left = 14 } left > 0 { print; left-- }' "$log"

shared=${MONITORING_SHARED:-../shared}
cli="dotnet src/Monitoring.Cli/bin/Release/net10.0/monitoring.dll"
# Runs a CLI score over data in the shared folder when it is there; says why not when it is not.
score() {
  local title=$1 folder=$2; shift 2
  if [ -d "$shared/$folder" ]; then
    echo "== $title ($shared/$folder)"
    $cli "$@" "$shared/$folder" || status=1
  elif [ "${CI:-}" = true ]; then
    echo "error: $title needs $shared/$folder, which CI must have" >&2
    status=1
  else
    echo "== $title: skipped, $shared/$folder is absent (it lives beside the repository, not in it)"
  fi
}
score "feed parser conformance" feeds/gofeed/testdata/parser conformance
score "extraction evaluation" eval/dev eval
echo "test.sh took $((SECONDS - start)) s"
exit $status
