#!/usr/bin/env bash
# The issue's acceptance run for concurrent imports: 6 clients import overlapping result files, half of them in the
# opposite row order, for 20 seconds (the build's OppositeOrderImportsTest runs the same for 12 s). Passes when every
# answer is 200 or 409 and PostgreSQL detected no deadlock. Needs what the tests need (a PostgreSQL, see README).
# Usage: bench/run-opposite-imports.sh [milliseconds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -o -q test -Dtest=OppositeOrderImportsTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dcchc.opposite-imports.millis="${1:-20000}"
echo "OppositeOrderImportsTest: only 200 and 409, no deadlock, for ${1:-20000} ms"
