#!/bin/sh
# `npm start`: install on a fresh clone (with whatever Node runs npm), then
# hand over to the Node 22 that the `node` devDependency provides.
set -e
cd "$(dirname "$0")/../.."
if [ ! -x node_modules/.bin/node ] || [ ! -x node_modules/.bin/wrangler ]; then
  echo "Installing dependencies (first run)…"
  npm install --no-audit --no-fund
fi
exec node_modules/.bin/node node_modules/.bin/tsx worker/scripts/start.ts "$@"
