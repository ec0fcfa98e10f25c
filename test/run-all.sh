#!/usr/bin/env bash
# `npm test`: typecheck, lint, both extension builds, then every vitest project,
# running at once the steps that do not wait on each other. vitest starts a
# project whose files go one at a time (e2e: each drives a browser) only after
# every other project has finished, though those files mostly wait on browsers
# and wrangler; so e2e is a vitest run of its own beside the unit and worker
# run, and the two reports are merged into test-results/vitest.json.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# Runs each `name command` pair at once; prints each one's output whole, in the
# order given, once all are done. Fails if any failed.
together() {
  local names=() pids=() status=0 i
  while [ $# -gt 0 ]; do
    names+=("$1")
    bash -c "$2" >"$logs/$1.log" 2>&1 &
    pids+=($!)
    shift 2
  done
  for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then echo "── ${names[$i]}: ok"; else echo "── ${names[$i]}: FAILED"; status=1; fi
    cat "$logs/${names[$i]}.log"
  done
  return "$status"
}

started=$(date +%s)
# The two halves of `npm run typecheck`, lint, and the builds the e2e files load (Chrome, then Firefox: one .wxt folder).
together \
  typecheck 'tsc -p tsconfig.json' \
  typecheck-worker 'tsc -p worker/tsconfig.json' \
  lint 'npm run lint --silent' \
  build-extensions 'npm run build:extension --silent && npm run build:extension:firefox --silent' ||
  exit 1
echo "── checks and builds took $(($(date +%s) - started)) s"

blobs=test-results/blobs
tests_started=$(date +%s)
rm -rf "$blobs" test-results/vitest.json
# Piped, each run prints plain lines: two live terminal summaries would overwrite each other.
vitest run --config test/vitest.config.ts --project e2e --reporter=default --reporter=blob --outputFile.blob="$blobs/e2e.json" | cat &
e2e=$!
vitest run --config test/vitest.config.ts --project unit --project worker --reporter=default --reporter=blob --outputFile.blob="$blobs/unit-worker.json" | cat
status=$?
wait "$e2e" || status=1
echo "── vitest took $(($(date +%s) - tests_started)) s; npm test $(($(date +%s) - started)) s"

# One report of every file, for .ci/run's closing line and anyone reading test-results/.
vitest run --config test/vitest.config.ts --merge-reports="$blobs" --reporter=json --outputFile.json=test-results/vitest.json >/dev/null || status=1
exit "$status"
