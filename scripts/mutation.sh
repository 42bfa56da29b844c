#!/usr/bin/env bash
# Mutation testing with Stryker.NET (a local tool: .config/dotnet-tools.json). One target per file in
# stryker/: the project it mutates, which files, and which tests are run against each mutant.
#
#   scripts/mutation.sh                      every target (the full run: long, not part of CI)
#   scripts/mutation.sh silo-security        only the targets named
#   scripts/mutation.sh --since main         only targets whose files or tests changed since main, and in
#                                            them only the changed code (Stryker's --since)
#   scripts/mutation.sh --list               the targets
#
# Each target runs with one worker (the concurrency in its file); the summary printed at the end gives
# the score per mutated file: (killed + timeout) / (killed + timeout + survived + no coverage).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# target -> the test project it runs from (Stryker mutates a project referenced by it).
declare -A test_project=(
  [silo-security]=tests/Monitoring.Silo.Tests
  [silo-auth]=tests/Monitoring.Silo.Tests
  [stories]=tests/Monitoring.Silo.Tests
  [sources-logic]=tests/Monitoring.Silo.Tests
  [address-rules]=tests/Monitoring.Feeds.Tests
  [feeds]=tests/Monitoring.Feeds.Tests
  [feeds-parsing]=tests/Monitoring.Feeds.Tests
  [feeds-fetching]=tests/Monitoring.Feeds.Tests
  [feeds-conformance]=tests/Monitoring.Feeds.Tests
  [status-reader]=tests/Monitoring.Extraction.Tests
  [extraction]=tests/Monitoring.Extraction.Tests
  [extraction-text]=tests/Monitoring.Extraction.Tests
  [extraction-actors]=tests/Monitoring.Extraction.Tests
  [extraction-measures]=tests/Monitoring.Extraction.Tests
)
# target -> the source folder whose change makes it worth a --since run.
declare -A source_folder=(
  [silo-security]="src/Monitoring.Silo/Delivery/WebhookSignature.cs src/Monitoring.Silo/Delivery/AlertFilter.cs src/Monitoring.Silo/Auth/ApiKeys.cs src/Monitoring.Silo/Api/TopicAccess.cs"
  [silo-auth]=src/Monitoring.Silo/Auth/ApiKeyAuthenticationHandler.cs
  [stories]=src/Monitoring.Stories
  [sources-logic]="src/Monitoring.Grains/Sources/ItemEdits.cs src/Monitoring.Grains/Sources/SeenIds.cs src/Monitoring.Grains/Sources/PollSchedule.cs"
  [address-rules]=src/Monitoring.Feeds/Fetching
  [feeds]=src/Monitoring.Feeds
  [feeds-parsing]="src/Monitoring.Feeds/Parsing src/Monitoring.Feeds/Urls src/Monitoring.Feeds/Opml"
  [feeds-fetching]="src/Monitoring.Feeds/Fetching src/Monitoring.Feeds/Politeness"
  [feeds-conformance]=src/Monitoring.Feeds/Conformance
  [status-reader]=src/Monitoring.Extraction/Measures/StatusReader.cs
  [extraction]=src/Monitoring.Extraction
  [extraction-actors]=src/Monitoring.Extraction/Actors
  [extraction-measures]="src/Monitoring.Extraction/Measures src/Monitoring.Extraction/ArticleReader.cs src/Monitoring.Extraction/Model"
  [extraction-text]="src/Monitoring.Extraction/Text src/Monitoring.Extraction/Cleaning src/Monitoring.Extraction/Fingerprints src/Monitoring.Extraction/Events"
)
# The full run: the security-critical silo files (webhook signing, alert filters, API keys, topic
# access; the key handler apart, as its tests each start a silo), the pure logic of sources (edits, seen
# ids, the schedule), and the pure libraries, each cut into
# parts with the tests that reach them so that a part fits in one sitting: feeds (address rules,
# parsing, fetching, the conformance scorer), stories, extraction (the status reader, text and
# cleaning, actors, measures). `feeds` and `extraction` mutate a whole library against its whole suite.
full=(silo-security silo-auth sources-logic address-rules feeds-parsing feeds-fetching feeds-conformance stories status-reader extraction-text extraction-actors extraction-measures)

since=""
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --since) since=${2:?--since needs a commit}; shift 2 ;;
    --since=*) since=${1#--since=}; shift ;;
    --list) printf '%s\n' "${!test_project[@]}" | sort; exit 0 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) [ -n "${test_project[$1]:-}" ] || { echo "unknown target $1 (scripts/mutation.sh --list)" >&2; exit 2; }
       targets+=("$1"); shift ;;
  esac
done
if [ -n "$since" ]; then
  # Stryker finds a branch or a full commit id, not an abbreviated one.
  since=$(git rev-parse --verify "$since^{commit}") || { echo "--since: no commit $since" >&2; exit 2; }
fi
[ ${#targets[@]} -gt 0 ] || targets=("${full[@]}")

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
out="$root/StrykerOutput/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
status=0
for target in "${targets[@]}"; do
  args=(--config-file "$root/stryker/$target.json" --configuration Release --output "$out/$target" --skip-version-check)
  if [ -n "$since" ]; then
    # Nothing of the target or its tests changed: Stryker would build and test for no mutant.
    # shellcheck disable=SC2086 # the folder list is split on purpose
    if git diff --quiet "$since" -- ${source_folder[$target]} "${test_project[$target]}"; then
      echo "== $target: unchanged since $since, skipped"
      continue
    fi
    args+=("--since:$since")
  fi
  echo "== $target (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  started=$SECONDS
  (cd "${test_project[$target]}" && dotnet stryker "${args[@]}") || status=1
  echo "== $target took $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
done

# Per-file summary of every report written by this run.
shopt -s nullglob
reports=("$out"/*/reports/mutation-report.json)
if [ ${#reports[@]} -gt 0 ]; then
  echo
  printf '%-60s %7s %7s %8s %8s %6s\n' file killed timeout survived nocover score
  jq -r '.projectRoot as $root | .files | to_entries[] | .key as $f | .value.mutants
      | { k: map(select(.status == "Killed")) | length, t: map(select(.status == "Timeout")) | length,
          s: map(select(.status == "Survived")) | length, n: map(select(.status == "NoCoverage")) | length }
      | select(.k + .t + .s + .n > 0)
      | [($f | ltrimstr($root) | ltrimstr("/")), .k, .t, .s, .n, ((.k + .t) * 1000 / (.k + .t + .s + .n) | floor / 10)] | @tsv' "${reports[@]}" \
    | while IFS=$'\t' read -r file k t s n score; do
        printf '%-60s %7s %7s %8s %8s %5s%%\n' "$file" "$k" "$t" "$s" "$n" "$score"
      done
  echo "reports: $out/*/reports/mutation-report.html"
fi
exit $status
