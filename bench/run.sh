#!/usr/bin/env bash
# National-scale benchmark, one command: bench/run.sh
#
# Builds the application, generates a synthetic national data set (63 provinces, 150 indicators, 15 years:
# ~140,000 measurements, ~20,000 targets; deterministic), loads it through the product's own restore and import,
# runs the application on its own database and drives the main pages and the attainment API with wrk at 1, 8 and
# 32 connections, next to a static file of the same size served by the same application; loads the dashboards in
# headless Chromium (bench/browser.js) on the national data and on the shipped data side by side. Prints the figures
# and writes them to bench/RESULTS.md with the budgets of issue 14 (item 6), each beside its reference. Needs: Java 17,
# a local PostgreSQL (as for the tests), curl, psql, node + npm (playwright-core is installed into bench/node_modules),
# Debian's chromium, wrk (installed with apt-get when missing). Never touches the application's own database or the
# test databases. Takes about 5 minutes on a quiet 2-core machine (BENCH_DURATION per wrk run, 5s by default).
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=bench/out
PORT=${BENCH_PORT:-18080}
SHIPPED_PORT=${BENCH_SHIPPED_PORT:-18082}
DB=${BENCH_DB:-cchc_bench}
SMALL_DB=${BENCH_SMALL_DB:-cchc_bench_small}
PGHOST=${BENCH_PGHOST:-127.0.0.1}
PGUSER=${BENCH_PGUSER:-postgres}
export PGPASSWORD=${BENCH_PGPASSWORD:-postgres}
DURATION=${BENCH_DURATION:-5s}
YEAR=2024
ADMIN_USER=admin
ADMIN_PASSWORD=admin-demo-2026   # the default profile's demo admin, created on the benchmark's empty database
READER_USER=editor.daknong       # the default profile's demo editor: a signed-in reader of the dashboards
READER_PASSWORD=editor-demo-2026
PIDS=()
STARTED=$SECONDS

log() { printf '\n== %s\n' "$*" >&2; }
cleanup() { for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk; else sudo apt-get update -qq && sudo apt-get install -y -qq wrk; fi
fi
for tool in curl psql java node npm; do command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 1; }; done

rm -rf "$OUT"; mkdir -p "$OUT/static"

if [ -z "${BENCH_JAR:-}" ]; then
  log "building the application"
  ./mvnw -o -q -Dmaven.test.skip=true package 2>/dev/null || ./mvnw -q -Dmaven.test.skip=true package
fi
BUILT=$SECONDS
if [ ! -d bench/node_modules/playwright-core ]; then
  log "installing playwright-core into bench/node_modules (npm)"
  (cd bench && npm install --no-audit --no-fund --silent)
fi
JAR=${BENCH_JAR:-$(ls target/cchc-tracker-*.jar | grep -v original | head -n 1)}

log "generating the national data set"
java bench/NationalDataGenerator.java "$OUT" | tee "$OUT/generated.txt"

psql_admin() { psql -h "$PGHOST" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -q "$@"; }
for db in "$DB" "$SMALL_DB"; do
  psql_admin -c "drop database if exists $db with (force)" -c "create database $db"
done

# launch_app PORT DB EXTRA_ARGS... — the jar with the benchmark's database and limits large enough for 140k rows;
# await_app PORT waits until it answers. start_app does both.
launch_app() {
  local port=$1 db=$2; shift 2
  java -Xms512m -Xmx${BENCH_HEAP:-2g} -jar "$JAR" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:5432/$db" \
    --spring.datasource.username="$PGUSER" --spring.datasource.password="$PGPASSWORD" \
    --cchc.import.max-rows=200000 --cchc.import.max-file-size=20MB \
    --spring.servlet.multipart.max-file-size=25MB --spring.servlet.multipart.max-request-size=25MB \
    --spring.web.resources.static-locations=classpath:/static/,file:"$OUT"/static/ \
    --logging.level.root=WARN --logging.level.vn.cchc.tracker.attainment.AttainmentService=DEBUG \
    --logging.level.vn.cchc.tracker.diagnostics.sql=INFO \
    "$@" > "$OUT/app-$port.log" 2>&1 &
  PIDS+=($!)
}
await_app() {
  local port=$1
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/login" && return 0
    sleep 1
  done
  echo "bench: the application on port $port did not start; see $OUT/app-$port.log" >&2
  exit 1
}
start_app() { launch_app "$@"; await_app "$1"; }

log "starting the application on the empty benchmark database"
start_app "$PORT" "$DB" --cchc.shipped-data.enabled=false --cchc.diagnostics.sql=true
BASE="http://127.0.0.1:$PORT"

# A browser-like login (form + CSRF) for the admin-only restore page.
JAR_COOKIES="$OUT/cookies.txt"
csrf_of() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }
token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf_of)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=$ADMIN_USER" \
  --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"

log "restoring provinces, indicators, documents and targets (national-data.zip)"
token=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/admin/restore" | csrf_of)
restore_seconds=$(curl -s -o "$OUT/restore-response.html" -w '%{time_total}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  -F "_csrf=$token" -F "file=@$OUT/national-data.zip;type=application/zip" "$BASE/admin/restore")
targets=$(psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -tAc "select count(*) from cchc.target")
[ "$targets" -gt 15000 ] || { echo "bench: restore loaded only $targets targets; see $OUT/restore-response.html" >&2; exit 1; }

log "importing the yearly results through POST /api/v1/measurements/import (3 runs, table emptied between)"
import_times=()
for run in 1 2 3; do
  if [ "$run" -gt 1 ]; then psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -q -c "delete from cchc.measurement"; fi
  t=$(curl -s -o "$OUT/import-$run.json" -w '%{time_total}' -u "$ADMIN_USER:$ADMIN_PASSWORD" \
      -F "file=@$OUT/measurements.csv;type=text/csv" -F dryRun=false "$BASE/api/v1/measurements/import")
  import_times+=("$t")
  grep -q '"created"' "$OUT/import-$run.json" || { echo "bench: import failed: $(head -c 500 "$OUT/import-$run.json")" >&2; exit 1; }
done
rows=$(psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -tAc "select count(*) from cchc.measurement")
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
import_median=$(median "${import_times[@]}")

# The reference: PostgreSQL's own COPY of the same file into a table without index, constraint or trigger.
log "PostgreSQL's COPY of the same file into an unindexed table (3 runs)"
copy_times=()
for run in 1 2 3; do
  psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -q -c "drop table if exists public.bench_copy" \
    -c "create unlogged table public.bench_copy (province_code text, indicator_code text, year int, value text, source text, note text)"
  t0=$(date +%s%N)
  psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -q -c "\\copy public.bench_copy from '$OUT/measurements.csv' with (format csv, header)"
  copy_times+=("$(awk -v n="$(( $(date +%s%N) - t0 ))" 'BEGIN {printf "%.3f", n/1e9}')")
done
copied=$(psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -tAc "select count(*) from public.bench_copy")
psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -q -c "drop table public.bench_copy"
copy_median=$(median "${copy_times[@]}")
printf '  import %s s (median of %s), COPY of %s rows %s s (median of %s)\n' "$import_median" "${import_times[*]}" \
  "$copied" "$copy_median" "${copy_times[*]}" >&2

# The shipped data's instance, as shipped (page cache on), with the SQL diagnostics log like the national one. Full
# renderings are measured on both by writing before each request: a write moves the data version, so no kept page
# serves (fewer instances than one without the page cache per data set: this machine has 2 cores).
log "starting the application on the shipped data"
BENCH_HEAP=1g start_app "$SHIPPED_PORT" "$SMALL_DB" --cchc.diagnostics.sql=true
SHIPPED="http://127.0.0.1:$SHIPPED_PORT"
DIAG="$BASE"; DIAG_PORT=$PORT

log "evaluating all targets through the attainment API (5 runs, each after a write; the page cache misses)"
# A write that changes nothing shown still moves the data version (here: the catalogue's table), so no kept page
# serves and the evaluation sees a write; the next year's evaluation then runs from the inputs kept in memory.
touch_data() { psql -h "$PGHOST" -U "$PGUSER" -d "${1:-$DB}" -q -c "update cchc.indicator set name_vi = name_vi where code = 'SIPAS'"; }
touch_value() { psql -h "$PGHOST" -U "$PGUSER" -d "$DB" -q -c "update cchc.measurement set value_number = value_number where id = (select min(id) from cchc.measurement)"; }
last_eval_ms() { # the time of the newest evaluation of all targets in the national instance's log
  sleep 0.2
  grep -o "evaluated [0-9]* targets of all provinces for [0-9]* in [0-9]* ms" "$OUT/app-$PORT.log" | tail -n 1 \
    | sed 's/.* in \([0-9]*\) ms/\1/'
}
api_times=(); api_warm_times=(); api_value_times=(); evals=(); evals_warm=(); evals_value=()
for run in 1 2 3 4 5; do
  touch_data
  api_times+=("$(curl -s -o /dev/null -w '%{time_total}' "$BASE/api/v1/attainment?year=$YEAR")"); evals+=("$(last_eval_ms)")
  api_warm_times+=("$(curl -s -o /dev/null -w '%{time_total}' "$BASE/api/v1/attainment?year=$(( YEAR - run ))")"); evals_warm+=("$(last_eval_ms)")
  touch_value
  api_value_times+=("$(curl -s -o /dev/null -w '%{time_total}' "$BASE/api/v1/attainment?year=$YEAR")"); evals_value+=("$(last_eval_ms)")
done
api_median=$(median "${api_times[@]}")
api_warm_median=$(median "${api_warm_times[@]}")
api_value_median=$(median "${api_value_times[@]}")
eval_median=$(median "${evals[@]}")
eval_warm_median=$(median "${evals_warm[@]}")
eval_value_median=$(median "${evals_value[@]}")
evaluated=$(grep -o 'evaluated [0-9]* targets of all provinces' "$OUT/app-$PORT.log" | tail -n 1 | awk '{print $2}')
printf '  evaluation of all %s targets: %s ms after a catalogue write (%s), %s ms after a value write (%s), %s ms with the inputs in memory (%s)\n' \
  "${evaluated:-?}" "${eval_median:-?}" "${evals[*]}" "${eval_value_median:-?}" "${evals_value[*]}" "${eval_warm_median:-?}" "${evals_warm[*]}" >&2

# The pages under test: name and URL on the national data set.
PAGES=("overview|/?year=$YEAR" "scorecard|/provinces/101?year=$YEAR" "comparison|/compare?indicator=SIPAS&year=$YEAR"
       "attainment-api|/api/v1/attainment?province=101&year=$YEAR")

# wrk's latency line ("50%  1.23ms") in milliseconds
to_ms() { awk '{ v=$1; if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v+0} else if (v ~ /s$/) {sub(/s$/,"",v); print v*1000} else print v }'; }
run_wrk() { # url connections -> "rps p50 p99 non2xx"
  local threads=$(( $2 < 2 ? $2 : 2 ))
  local out; out=$(wrk -t"$threads" -c"$2" -d"$DURATION" --timeout 30s --latency "$1")
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}' | to_ms)
  p99=$(echo "$out" | awk '$1=="99%" {print $2}' | to_ms)
  local bad; bad=$(echo "$out" | awk '/Non-2xx or 3xx responses/ {print $NF}')
  echo "$rps $p50 $p99 ${bad:-0}"
}

log "load: wrk -t2 -d$DURATION at 1, 8 and 32 connections, each page next to a static file of its size"
RESULTS="$OUT/load.tsv"; : > "$RESULTS"
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  size=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$path")
  head -c "$size" /dev/zero | tr '\0' x > "$OUT/static/bench-$name.txt"
  for _ in $(seq 1 50); do curl -s -o /dev/null "$BASE$path"; curl -s -o /dev/null "$BASE/bench-$name.txt"; done
  for c in 1 8 32; do
    read -r rps p50 p99 bad < <(run_wrk "$BASE$path" "$c")
    read -r srps sp50 sp99 sbad < <(run_wrk "$BASE/bench-$name.txt" "$c")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$size" "$c" "$rps" "$p50" "$p99" "$bad" "$srps" "$sp50" "$sp99" >> "$RESULTS"
    printf '  %-15s c=%-2s  %8s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s  | static %8s req/s  p50 %7s ms\n' \
      "$name" "$c" "$rps" "$p50" "$p99" "$bad" "$srps" "$sp50" >&2
  done
done

# A signed-in reader's dashboard against an anonymous one's, both kept by the page cache (one copy per session).
log "signed-in reader against anonymous reader: overview, wrk -c1 -d$DURATION each"
READER_COOKIES="$OUT/reader-cookies.txt"
token=$(curl -s -c "$READER_COOKIES" -b "$READER_COOKIES" "$BASE/login" | csrf_of)
curl -s -o /dev/null -c "$READER_COOKIES" -b "$READER_COOKIES" --data-urlencode "username=$READER_USER" \
  --data-urlencode "password=$READER_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
cookie_header=$(awk '!/^# / && NF == 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$READER_COOKIES")
# (to a file first: grep -q stops reading early, and curl's failed write would fail the pipe)
curl -s -o "$OUT/reader-overview.html" -H "Cookie: $cookie_header" "$BASE/?year=$YEAR"
grep -q '/logout' "$OUT/reader-overview.html" || { echo "bench: the reader's session does not show as signed in" >&2; exit 1; }
for _ in $(seq 1 20); do curl -s -o /dev/null -H "Cookie: $cookie_header" "$BASE/?year=$YEAR"; curl -s -o /dev/null "$BASE/?year=$YEAR"; done
read -r anon_rps anon_p50 anon_p99 _ < <(run_wrk "$BASE/?year=$YEAR" 1)
signed_out=$(wrk -t1 -c1 -d"$DURATION" --timeout 30s --latency -H "Cookie: $cookie_header" "$BASE/?year=$YEAR")
signed_p50=$(echo "$signed_out" | awk '$1=="50%" {print $2}' | to_ms)
signed_p99=$(echo "$signed_out" | awk '$1=="99%" {print $2}' | to_ms)
signed_rps=$(echo "$signed_out" | awk '/Requests\/sec/ {print $2}')
printf '  overview anonymous p50 %s ms (%s req/s), signed in p50 %s ms (%s req/s)\n' "$anon_p50" "$anon_rps" "$signed_p50" "$signed_rps" >&2

log "full renderings (a write before each request, so no kept page serves): time and SQL statements, national and shipped data"
SMALL_PAGES=("overview|/?year=$YEAR" "scorecard|/provinces/67?year=$YEAR" "comparison|/compare?indicator=SIPAS&year=$YEAR"
             "attainment-api|/api/v1/attainment?province=67&year=$YEAR")
statements() { # port database path -> statements of a request to that path, the first after a write
  touch_data "$2"
  curl -s -o /dev/null "http://127.0.0.1:$1$3"; sleep 0.3
  grep -F "GET $3" "$OUT/app-$1.log" | tail -n 1 | grep -o 'sql-statements=[0-9]*' | cut -d= -f2
}
SQL="$OUT/sql.tsv"; : > "$SQL"
for i in "${!PAGES[@]}"; do
  name=${PAGES[$i]%%|*}
  big=$(statements "$DIAG_PORT" "$DB" "${PAGES[$i]#*|}")
  small=$(statements "$SHIPPED_PORT" "$SMALL_DB" "${SMALL_PAGES[$i]#*|}")
  render_times=(); small_times=()
  for _ in 1 2 3 4 5; do
    touch_data
    render_times+=("$(curl -s -o /dev/null -w '%{time_total}' "$DIAG${PAGES[$i]#*|}")")
    touch_data "$SMALL_DB"
    small_times+=("$(curl -s -o /dev/null -w '%{time_total}' "$SHIPPED${SMALL_PAGES[$i]#*|}")")
  done
  render_ms=$(awk -v t="$(median "${render_times[@]}")" 'BEGIN {printf "%.0f", t*1000}')
  small_ms=$(awk -v t="$(median "${small_times[@]}")" 'BEGIN {printf "%.0f", t*1000}')
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$small" "$big" "$render_ms" "$small_ms" >> "$SQL"
  printf '  %-15s full rendering %s ms, %s statements (shipped data: %s ms, %s statements)\n' "$name" "$render_ms" "$big" "$small_ms" "$small" >&2
done

# The browser: each dashboard on the national data and on the shipped data, page cache on (as shipped).
log "browser: headless Chromium, 1366 px, median of 5 loads per page, national and shipped data"
BROWSER="$OUT/browser.tsv"
node bench/browser.js "$BASE" "overview=/?year=$YEAR" "scorecard=/provinces/101?year=$YEAR" \
  "comparison=/compare?indicator=SIPAS&year=$YEAR" > "$OUT/browser-national.tsv"
node bench/browser.js "$SHIPPED" "overview=/?year=$YEAR" "scorecard=/provinces/67?year=$YEAR" \
  "comparison=/compare?indicator=SIPAS&year=$YEAR" > "$OUT/browser-shipped.tsv"
paste "$OUT/browser-national.tsv" "$OUT/browser-shipped.tsv" > "$BROWSER" # same pages, same order
awk -F'\t' '{ printf "  %-11s national: %8s bytes %6s elements DCL %5s ms script %4s ms | shipped: %7s bytes %5s elements DCL %4s ms script %4s ms\n", $1,$2,$3,$4,$5,$8,$9,$10,$11 }' "$BROWSER" >&2
elapsed=$(( SECONDS - STARTED ))

# budget WHAT MEASURED REFERENCE LIMIT [ABSOLUTE] -> a row of the budgets table: the ratio measured ÷ reference
# must be at most LIMIT (with ABSOLUTE, the reference is the limit itself and the ratio must be at most 1)
budget() {
  awk -v what="$1" -v m="$2" -v r="$3" -v limit="$4" -v abs="${5:-}" 'BEGIN {
    ratio = (r > 0) ? m / r : 0
    ok = abs != "" ? (m <= r) : (ratio <= limit)
    printf "| %s | %s | %s | %.2f× | %s | %s |\n", what, m, r, ratio, (abs != "" ? "≤ " r : "≤ " limit "×"), (ok ? "met" : "**missed**")
  }'
}
budgets() {
  echo "| budget | measured | reference | ratio | limit | |"
  echo "|---|---|---|---|---|---|"
  while IFS=$'\t' read -r name bytes dom dcl script _ _ sbytes sdom sdcl sscript _; do
    budget "$name: HTML bytes (national)" "$bytes" 153600 1 abs
    budget "$name: DOM elements (national)" "$dom" 3000 1 abs
    budget "$name: DOMContentLoaded ms, national ÷ shipped" "$dcl" "$sdcl" 1.5
    budget "$name: script ms (ScriptDuration), national ÷ shipped" "$script" "$sscript" 1.5
  done < "$BROWSER"
  while IFS=$'\t' read -r name small big render_ms small_ms; do
    [ "$name" = attainment-api ] && continue
    budget "$name: full rendering ms (first request after a write), national ÷ shipped" "$render_ms" "$small_ms" 3
  done < "$SQL"
  budget "first evaluation of all targets after a write to the catalogue ÷ evaluation from kept inputs (ms)" "${eval_median:-0}" "${eval_warm_median:-0}" 2
  budget "first evaluation of all targets after a write of one value ÷ evaluation from kept inputs (ms)" "${eval_value_median:-0}" "${eval_warm_median:-0}" 2
  budget "signed-in reader's overview ÷ anonymous reader's (p50 ms, wrk -c1)" "$signed_p50" "$anon_p50" 2
  budget "import of $rows results ÷ PostgreSQL COPY of the same file (s)" "$import_median" "$copy_median" 10
  worst=$(awk -F'\t' '{ r = ($9 > 0) ? $5/$9 : 0; if (r > w) { w = r; p = $5; s = $9 } } END {print p, s}' "$RESULTS")
  budget "load: worst page p50 ÷ static file p50 (ms)" ${worst} 3
  budget "load: worst p99 at 32 connections (ms)" "$(awk -F'\t' '$3 == 32 && $6 > w {w = $6} END {print w}' "$RESULTS")" 100 1 abs
  while IFS=$'\t' read -r name small big _ _; do
    budget "load: $name statements per full rendering, national ÷ shipped" "$big" "$small" 1
  done < "$SQL"
}

machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, PostgreSQL $(psql -h "$PGHOST" -U "$PGUSER" -d postgres -tAc 'show server_version'), $(java -version 2>&1 | head -n 1)"
{
  echo "# Benchmark results"
  echo
  echo "Latest run of \`bench/run.sh\`, $(date -u '+%Y-%m-%d %H:%M UTC'). Machine: $machine."
  echo "Data: $(cat "$OUT/generated.txt" | sed 's/^generated //; s/ in .*//'). wrk -t2 -d$DURATION, client on the same machine."
  echo "The whole run took $(( elapsed / 60 )) min $(( elapsed % 60 )) s, of which building $(( BUILT - STARTED )) s${BENCH_JAR:+ (none: BENCH_JAR=$BENCH_JAR)}."
  echo
  echo "## Budgets (issue 14, item 6), measured in this run"
  echo
  echo "Ratios against a reference measured in the same run: these machines are noisy, the absolute figures are for orientation."
  echo
  budgets
  echo
  echo "## Browser: headless Chromium 1366 px, median of 5 loads after one warm-up (page cache on, as shipped)"
  echo
  echo "National data: 63 provinces, scorecard of province 101; shipped data: 4 provinces, scorecard of Đắk Nông (67)."
  echo "Script: CDP ScriptDuration of the tab. Load: the load event, from the navigation's start."
  echo
  echo "| page | HTML bytes | DOM elements | DOMContentLoaded | script | load | shipped HTML bytes | shipped DOM | shipped DCL | shipped script | shipped load | DCL ratio | script ratio |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s ms | %s ms | %s ms | %s | %s | %s ms | %s ms | %s ms | %.2f× | %.2f× |\n", $1,$2,$3,$4,$5,$6,$8,$9,$10,$11,$12, ($10>0)?$4/$10:0, ($11>0)?$5/$11:0 }' "$BROWSER"
  echo
  echo "## Loading through the product's own import"
  echo
  echo "| step | time |"
  echo "|---|---|"
  echo "| restore of provinces, indicators, documents, targets (national-data.zip) | ${restore_seconds} s |"
  echo "| import of $rows yearly results (POST /api/v1/measurements/import, median of 3: ${import_times[*]} s) | ${import_median} s |"
  echo "| PostgreSQL's COPY of the same file into an unindexed table (psql \\copy, median of 3: ${copy_times[*]} s) | ${copy_median} s |"
  echo
  echo "## Attainment of every target"
  echo
  echo "| what | median of 5 |"
  echo "|---|---|"
  echo "| evaluation of all ${evaluated:-?} targets in the service, first after a write to the catalogue (${evals[*]}) | ${eval_median:-?} ms |"
  echo "| evaluation of all ${evaluated:-?} targets in the service, first after a write of one value (${evals_value[*]}) | ${eval_value_median:-?} ms |"
  echo "| evaluation of all ${evaluated:-?} targets in the service, inputs in memory (another year; ${evals_warm[*]}) | ${eval_warm_median:-?} ms |"
  echo "| GET /api/v1/attainment?year=$YEAR end to end, first after a write to the catalogue (JSON of all targets with explanations) | $(awk -v t="$api_median" 'BEGIN {printf "%.0f", t*1000}') ms |"
  echo "| the same, first after a write of one value | $(awk -v t="$api_value_median" 'BEGIN {printf "%.0f", t*1000}') ms |"
  echo "| the same for another year, inputs in memory | $(awk -v t="$api_warm_median" 'BEGIN {printf "%.0f", t*1000}') ms |"
  echo
  echo "## Pages under load (p50 / p99 in ms; ratio = page p50 ÷ static p50 of the same size)"
  echo
  echo "With the page cache, as shipped: each request reads the data version (one statement), then sends the kept page."
  echo "non-2xx counts answers that were not 2xx/3xx (e.g. 503 when the connection pool is exhausted)."
  echo
  echo "| page | bytes | connections | req/s | p50 | p99 | non-2xx | static req/s | static p50 | ratio |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  awk -F'\t' '{ ratio = ($9 > 0) ? $5/$9 : 0; printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.1f× |\n", $1,$2,$3,$4,$5,$6,$7,$8,$9,ratio }' "$RESULTS"
  echo
  echo "## Full renderings: time and SQL statements per request"
  echo
  echo "What the first request after a write costs: the script writes (to the catalogue) before each request, so no kept"
  echo "page serves; the attainment inputs reload what that write touched."
  echo "A kept page costs one statement whatever the data."
  echo
  echo "| page | time on national data (median of 5, one at a time) | time on shipped data | statements, shipped data (4 provinces, 72 targets) | statements, national data (63 provinces, ~20,000 targets) |"
  echo "|---|---|---|---|---|"
  awk -F'\t' '{ printf "| %s | %s ms | %s ms | %s | %s |\n", $1, $4, $5, $2, $3 }' "$SQL"
  echo
  echo "## Signed-in reader against anonymous reader (overview, page cache on, wrk -t1 -c1 -d$DURATION)"
  echo
  echo "| reader | req/s | p50 | p99 |"
  echo "|---|---|---|---|"
  echo "| anonymous | $anon_rps | $anon_p50 ms | $anon_p99 ms |"
  echo "| signed in ($READER_USER) | $signed_rps | $signed_p50 ms | $signed_p99 ms |"
  if [ -f bench/CHANGES.md ]; then echo; cat bench/CHANGES.md; fi
} > bench/RESULTS.md

log "results (also in bench/RESULTS.md)"
cat bench/RESULTS.md
