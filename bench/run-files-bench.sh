#!/bin/sh
# run-files-bench.sh — time attaching a large file to an evidence item and exporting it as a
# pack, against cp of the same file on the same disk, and write the figures into
# bench/RESULTS.md under "## Files".
#
# Copyright 2026 Zona developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

usage ()
{
  cat <<EOF
Usage: $0 [OPTION]...

Builds zona-bench-files and runs it three times: as Zona is (the database's page size as Zona
creates it), with a database of 64 KiB pages (an experiment), and with --sqlite-experiments
(the phases of storing the file under several SQLite settings). Replaces the "## Files" section
of bench/RESULTS.md (run it after run-bench.sh, which rewrites the whole file).

  --build-dir DIR  meson build directory (default: <repo>/build)
  --dir DIR        folder on the disk to measure (default: /tmp/zona-bench-files)
  --size-mb N      size of the file in MB (default: 300, the issue's figure)
  --repeat N       timed runs per measure (default: 5)
  --output FILE    results file (default: <repo>/bench/RESULTS.md)
  -h, --help       show this help
EOF
}

repo=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$repo/build
dir=/tmp/zona-bench-files
size_mb=300
repeat=5
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
    --dir) need_value "$@"; dir=$2; shift 2 ;;
    --size-mb) need_value "$@"; size_mb=$2; shift 2 ;;
    --repeat) need_value "$@"; repeat=$2; shift 2 ;;
    --output) need_value "$@"; output=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "$0: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

ZONA_DATA_DIR=$repo/data
export ZONA_DATA_DIR

echo "== Building zona-bench-files in $build_dir"
ninja -C "$build_dir" bench/zona-bench-files
bench=$build_dir/bench/zona-bench-files

buildtype=$(meson introspect --buildoptions "$build_dir" 2>/dev/null |
            python3 -c 'import json, sys
options = {o["name"]: o["value"] for o in json.load(sys.stdin)}
print("%s (optimization %s)" % (options["buildtype"], options["optimization"]))' 2>/dev/null ||
            echo unknown)

as_is=$(mktemp)
big_pages=$(mktemp)
phases=$(mktemp)
trap 'rm -f "$as_is" "$big_pages" "$phases" "$output.tmp"' EXIT

echo "== As Zona is"
"$bench" --dir "$dir" --size-mb "$size_mb" --repeat "$repeat" > "$as_is"
cat "$as_is"
echo "== Experiment: 64 KiB pages"
"$bench" --dir "$dir" --size-mb "$size_mb" --repeat "$repeat" --page-size 65536 > "$big_pages"
cat "$big_pages"
echo "== Experiment: SQLite settings, phase by phase"
"$bench" --dir "$dir" --size-mb "$size_mb" --sqlite-experiments > "$phases"
cat "$phases"

# key=value pairs of the last line of a run.
value ()
{
  tail -n 1 "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"
}

mkdir -p "$dir"
filesystem=$(df -PT "$dir" | awk 'NR == 2 { print $2 " on " $1 }')
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$repo" status --porcelain 2>/dev/null)" ]; then
  commit="$commit, with uncommitted changes in the work tree"
fi

{
  # Everything but an earlier "## Files" section is kept; the new one goes before "## Window"
  # (which run-window-bench.sh writes last), or at the end.
  if [ -f "$output" ]; then
    awk '/^## Files$/ { skip = 1; next } /^## / { skip = 0 } /^## Window$/ { exit } !skip' \
      "$output" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
  fi
  echo
  echo "## Files"
  echo
  echo "Written by \`bench/run-files-bench.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): a generated"
  echo "${size_mb} MB file attached to an evidence item (\`zona_store_attach_file\`, committed) and"
  echo "exported as a one-unit pack (\`zona_evidence_export\`, synced), against \`cp\` of the"
  echo "same file on the same disk ($filesystem), alone and followed by \`sync FILE\`."
  echo "Build: $buildtype; source: commit $commit. The issue's target is"
  echo "2× \`cp\`; bench/README.md explains the figures."
  echo
  echo "### As Zona is"
  echo
  sed '$d' "$as_is" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
  echo
  echo "- Attach: $(value "$as_is" attach_ms) ms; within 2× cp ($(value "$as_is" cp_ms) ms):" \
       "$(value "$as_is" verdict_attach); within 2× cp + sync ($(value "$as_is" cp_sync_ms) ms):" \
       "$(value "$as_is" verdict_attach_sync)."
  echo "- Export: $(value "$as_is" export_ms) ms; within 2× cp: $(value "$as_is" verdict_export);" \
       "within 2× cp + sync: $(value "$as_is" verdict_export_sync)."
  echo
  echo "### Experiment: a database of 64 KiB pages"
  echo
  sed '$d' "$big_pages" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}'
  echo
  echo "### Experiment: storing the file phase by phase under SQLite's settings"
  echo
  cat "$phases"
  if [ -f "$output" ] && grep -q '^## Window$' "$output"; then
    echo
    sed -n '/^## Window$/,$p' "$output"
  fi
} > "$output.tmp"
mv "$output.tmp" "$output"

echo "== Results written to $output"
