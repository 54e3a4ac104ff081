#!/usr/bin/env bash
# Times the national results import through the API, as the benchmark does: an empty installation (no shipped data),
# the synthetic national data set restored (provinces, indicators, documents, targets), then
#   POST /api/v1/measurements/import  of 141,750 rows (9.6 MB)  three times on an empty measurement table.
# Prints each run's time and the median. Needs a PostgreSQL where user postgres may create databases (PGHOST, PGUSER,
# PGPASSWORD as for psql), Java 17 and a built jar (./mvnw -o package -DskipTests).
# Usage: bench/run-import-benchmark.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
PORT=${BENCH_PORT:-8097}
DB=${BENCH_DB:-cchc_bench}
OUT=${BENCH_OUT:-/tmp/cchc-bench}
JAR=$(ls target/cchc-tracker-*.jar | grep -v original | head -1)
BASE=http://localhost:$PORT

java bench/NationalDataGenerator.java "$OUT" >/dev/null
psql -qX -d postgres -c "drop database if exists $DB" -c "create database $DB" >/dev/null

CCHC_DB_URL=jdbc:postgresql://${PGHOST:-localhost}:5432/$DB CCHC_SHIPPED_DATA=false \
  CCHC_IMPORT_MAX_ROWS=200000 CCHC_IMPORT_MAX_FILE_SIZE=20MB \
  java -jar "$JAR" --server.port="$PORT" >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do
  curl -fs -o /dev/null "$BASE/login" && break
  sleep 1
done

echo "restore: $(curl -s -o /dev/null -w '%{http_code} in %{time_total}s' -u admin:admin-demo-2026 \
  -F file=@"$OUT/national-data.zip" "$BASE/admin/restore")"

times=()
for run in $(seq 1 "$RUNS"); do
  psql -qX -d "$DB" -c "delete from cchc.measurement" >/dev/null
  result=$(curl -s -w ' %{http_code} %{time_total}' -u admin:admin-demo-2026 -F file=@"$OUT/measurements.csv" \
    -F dryRun=false "$BASE/api/v1/measurements/import")
  echo "run $run: $result"
  times+=("${result##* }")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median of $RUNS runs: ${median}s"
