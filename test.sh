#!/usr/bin/env bash
# Builds everything with warnings as errors, checks formatting, runs every test suite (PostgreSQL tests start a private server),
# and prints the parser conformance and evaluation scores when ../shared is present.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_dotnet
ensure_postgresql

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build Monitoring.sln -c Release -nologo -v quiet
dotnet format Monitoring.sln --verify-no-changes --no-restore -v quiet

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test Monitoring.sln -c Release --no-build -nologo 2>&1 | tee "$log" || status=$?

# One closing line for the whole run, summed over the test projects.
awk '/(Passed|Failed)! +- +Failed: /{
        gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"

if [ -d ../shared/feeds/gofeed/testdata/parser ]; then
  echo "== feed parser conformance (../shared/feeds/gofeed/testdata/parser)"
  dotnet run --project src/Monitoring.Cli -c Release --no-build -- conformance ../shared/feeds/gofeed/testdata/parser || status=1
fi
if [ -d ../shared/eval/dev ]; then
  echo "== extraction evaluation (../shared/eval/dev)"
  dotnet run --project src/Monitoring.Cli -c Release --no-build -- eval ../shared/eval/dev || status=1
fi
exit $status
