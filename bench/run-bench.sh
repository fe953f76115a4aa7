#!/bin/sh
# run-bench.sh — build the benchmarks, generate (or reuse) the large database, time it and write
# bench/RESULTS.md.
#
# Copyright 2026 Zona developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

usage ()
{
  cat <<EOF
Usage: $0 [OPTION]... [BUILD_DIR]

Builds zona-bench-gen and zona-bench-run, generates the synthetic database (or reuses the one
generated earlier with the same size and seed), runs the timings and writes bench/RESULTS.md.

  --build-dir DIR  meson build directory (default: <repo>/build; created as a release build
                   with -Dgui=disabled -Dtests=false when it does not exist)
  --db-dir DIR     where the database is kept (default: /tmp)
  --fresh          generate the database again even if it exists
  --repeat N       timed runs per measure (default: 21)
  --regions N      kabupaten/kota (default: 514)
  --units N        units per region (default: 40)
  --years N        years from 2011 (default: 15)
  --seed S         seed of the scores (default: 20260101)
  --output FILE    where to write the results (default: <repo>/bench/RESULTS.md)
  -h, --help       show this help
EOF
}

repo=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$repo/build
db_dir=/tmp
fresh=0
repeat=21
regions=514
units=40
years=15
seed=20260101
output=$repo/bench/RESULTS.md

need_value ()
{
  if [ $# -lt 2 ]; then
    echo "$0: $1 needs a value" >&2
    exit 2
  fi
}

while [ $# -gt 0 ]; do
  case $1 in
    --build-dir) need_value "$@"; build_dir=$2; shift 2 ;;
    --db-dir) need_value "$@"; db_dir=$2; shift 2 ;;
    --fresh) fresh=1; shift ;;
    --repeat) need_value "$@"; repeat=$2; shift 2 ;;
    --regions) need_value "$@"; regions=$2; shift 2 ;;
    --units) need_value "$@"; units=$2; shift 2 ;;
    --years) need_value "$@"; years=$2; shift 2 ;;
    --seed) need_value "$@"; seed=$2; shift 2 ;;
    --output) need_value "$@"; output=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "$0: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) build_dir=$1; shift ;;
  esac
done

# Core reads the regions and the built-in schemes from here when it runs from a build tree.
ZONA_DATA_DIR=$repo/data
export ZONA_DATA_DIR

# --- Build -----------------------------------------------------------------------------------
if [ ! -f "$build_dir/build.ninja" ]; then
  echo "== Configuring a release build in $build_dir"
  meson setup "$build_dir" "$repo" --buildtype=release -Dgui=disabled -Dtests=false
fi
echo "== Building the benchmarks in $build_dir"
# Only the benchmarks and what they link: a half-finished test elsewhere does not stop a run.
ninja -C "$build_dir" bench/zona-bench-gen bench/zona-bench-run

buildtype=$(meson introspect --buildoptions "$build_dir" 2>/dev/null |
            python3 -c 'import json, sys
options = {o["name"]: o["value"] for o in json.load(sys.stdin)}
print("%s (optimization %s, debug %s)" % (options["buildtype"], options["optimization"],
                                          str(options["debug"]).lower()))' 2>/dev/null ||
            echo unknown)

# --- Generate --------------------------------------------------------------------------------
mkdir -p "$db_dir"
db=$db_dir/zona-bench-${regions}x${units}x${years}-s${seed}.db
gen_log=$db.gen

if [ "$fresh" -eq 1 ] || [ ! -f "$db" ] || [ ! -f "$gen_log" ]; then
  echo "== Generating $db"
  rm -f "$gen_log"
  "$build_dir/bench/zona-bench-gen" "$db" --force --regions "$regions" --units "$units" \
    --years "$years" --seed "$seed" > "$gen_log.tmp"
  echo "generated_at=$(date -u '+%Y-%m-%dT%H:%M:%SZ') buildtype=$(echo "$buildtype" | cut -d' ' -f1)" \
    >> "$gen_log.tmp"
  mv "$gen_log.tmp" "$gen_log"
  reused=0
else
  echo "== Reusing $db (generated earlier; --fresh generates it again)"
  reused=1
fi

# key=value pairs written by zona-bench-gen, one word each.
gen_value ()
{
  tr ' ' '\n' < "$gen_log" | sed -n "s/^$1=//p" | head -n 1
}

# --- Run -------------------------------------------------------------------------------------
echo "== Timing"
run_out=$(mktemp)
trap 'rm -f "$run_out" "$output.tmp"' EXIT
"$build_dir/bench/zona-bench-run" "$db" --repeat "$repeat" > "$run_out"
cat "$run_out"

# --- Results ---------------------------------------------------------------------------------
cpu=$(sed -n 's/^model name[[:space:]]*:[[:space:]]*//p' /proc/cpuinfo | head -n 1)
[ -n "$cpu" ] || cpu=unknown
memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
# shellcheck disable=SC1091
os=$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}" || echo unknown)
sqlite=$(sed -n 's/.*; SQLite \([0-9.]*\);.*/\1/p' "$run_out" | head -n 1)
compiler=$(cc --version 2>/dev/null | head -n 1 || echo unknown)
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$repo" status --porcelain 2>/dev/null)" ]; then
  commit="$commit, with uncommitted changes in the work tree"
fi
file_bytes=$(stat -c %s "$db")
generated_at=$(gen_value generated_at)
gen_buildtype=$(gen_value buildtype)
reuse_note=""
if [ "$reused" -eq 1 ]; then
  reuse_note=" The database was reused from an earlier run of this script."
fi

# The sections other scripts write (## Files, ## Window) are kept from the file as it was.
kept=$(mktemp)
if [ -f "$output" ]; then
  awk '/^## / { keep = ($0 != "## Machine" && $0 != "## Dataset" && $0 != "## Timings") }
       keep' "$output" > "$kept"
fi

{
  echo "# Zona benchmark results"
  echo
  echo "Written by \`bench/run-bench.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Run the script again"
  echo "rather than editing this file; bench/README.md explains what each figure measures."
  echo
  echo "## Machine"
  echo
  echo "- Processors: $(nproc) ($(uname -m)), $cpu"
  echo "- Memory: $memory"
  echo "- System: $os, Linux $(uname -r)"
  echo "- SQLite: $sqlite (the library the timings ran with)"
  echo "- Build: $buildtype, $compiler"
  echo "- Source: commit $commit"
  echo
  echo "## Dataset"
  echo
  echo "- $(gen_value regions) regions (kabupaten/kota) x $(gen_value units_per_region) units x" \
       "$(gen_value years) years ($(gen_value units) units in all): $(gen_value assessments)" \
       "assessments with $(gen_value indicator_scores) indicator scores, seed $(gen_value seed)"
  echo "- Generation, one transaction, every assessment through zona_store_record_assessment" \
       "(${gen_buildtype:-unknown} build, $generated_at): **$(gen_value total_seconds) s** in all —" \
       "opening and seeding $(gen_value open_seconds) s, units $(gen_value units_seconds) s," \
       "assessments $(gen_value assessments_seconds) s ($(gen_value us_per_assessment) µs each)," \
       "commit $(gen_value commit_seconds) s, closing (WAL checkpoint) $(gen_value close_seconds) s.$reuse_note"
  echo "- File size: **$(awk "BEGIN { printf \"%.1f MB\", $file_bytes / 1e6 }")** ($file_bytes bytes)"
  echo
  echo "## Timings"
  echo
  cat "$run_out"
  if [ -s "$kept" ]; then
    echo
    cat "$kept"
  fi
} > "$output.tmp"
rm -f "$kept"
mv "$output.tmp" "$output"

echo "== Results written to $output"
