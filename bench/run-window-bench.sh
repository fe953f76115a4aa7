#!/bin/sh
# run-window-bench.sh — time the main window on the large database under Xvfb and write the
# figures into bench/RESULTS.md under "## Window".
#
# Copyright 2026 Zona developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

usage ()
{
  cat <<EOF
Usage: $0 [OPTION]... [BUILD_DIR]

Builds zona-bench-window (the build directory must have the GUI enabled), generates the large
database with run-bench.sh if it is missing, runs the window benchmark under xvfb-run and
replaces the "## Window" section of bench/RESULTS.md (run it after run-bench.sh, which rewrites
the whole file).

  --build-dir DIR  meson build directory with -Dgui=enabled (default: <repo>/build)
  --db FILE        database (default: /tmp/zona-bench-514x40x15-s20260101.db)
  --switches N     region switches timed (default: 21)
  --output FILE    results file (default: <repo>/bench/RESULTS.md)
  -h, --help       show this help
EOF
}

repo=$(cd "$(dirname "$0")/.." && pwd)
build_dir=$repo/build
db=/tmp/zona-bench-514x40x15-s20260101.db
switches=21
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
    --db) need_value "$@"; db=$2; shift 2 ;;
    --switches) need_value "$@"; switches=$2; shift 2 ;;
    --output) need_value "$@"; output=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "$0: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) build_dir=$1; shift ;;
  esac
done

if [ ! -f "$db" ]; then
  echo "== $db is missing: generating it with run-bench.sh"
  "$repo/bench/run-bench.sh" --db-dir "$(dirname "$db")"
fi

echo "== Building the window benchmark in $build_dir"
ninja -C "$build_dir" bench/zona-bench-window bench/zona-bench-checklist data/gschemas.compiled

buildtype=$(meson introspect --buildoptions "$build_dir" 2>/dev/null |
            python3 -c 'import json, sys
options = {o["name"]: o["value"] for o in json.load(sys.stdin)}
print("%s (optimization %s)" % (options["buildtype"], options["optimization"]))' 2>/dev/null ||
            echo unknown)

echo "== Timing the window on $db"
run_out=$(mktemp)
trap 'rm -f "$run_out" "$output.tmp"' EXIT
# The environment of the display tests (tests/ui/meson.build): Xvfb, the cairo renderer, no
# accessibility bus, no session bus, settings in memory.
env GTK_A11Y=none GSK_RENDERER=cairo GDK_BACKEND=x11 GDK_DEBUG=gl-disable \
    GSETTINGS_SCHEMA_DIR="$build_dir/data" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 \
    ZONA_DATA_DIR="$repo/data" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/zona-bench-bus \
    xvfb-run -a -s '-screen 0 1280x800x24' \
    "$build_dir/bench/zona-bench-window" "$db" --switches "$switches" > "$run_out"
echo >> "$run_out"
env GTK_A11Y=none GSK_RENDERER=cairo GDK_BACKEND=x11 GDK_DEBUG=gl-disable \
    GSETTINGS_SCHEMA_DIR="$build_dir/data" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 \
    ZONA_DATA_DIR="$repo/data" DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/zona-bench-bus \
    xvfb-run -a -s '-screen 0 1280x800x24' \
    "$build_dir/bench/zona-bench-checklist" --runs "$switches" >> "$run_out"
cat "$run_out"

commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$repo" status --porcelain 2>/dev/null)" ]; then
  commit="$commit, with uncommitted changes in the work tree"
fi

# Everything before an earlier "## Window" section is kept; the section is written anew.
if [ -f "$output" ]; then
  # (awk holds blank lines back so that none are left at the end of the kept part)
  awk '/^## Window$/ { exit } /^$/ { blank++; next } { while (blank > 0) { print ""; blank-- } print }' \
    "$output" > "$output.tmp"
else
  echo "# Zona benchmark results" > "$output.tmp"
fi
{
  echo
  echo "## Window"
  echo
  echo "Written by \`bench/run-window-bench.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): the real"
  echo "ZonaWindow under Xvfb (1280x800x24, GSK_RENDERER=cairo), $buildtype build, commit $commit."
  echo
  cat "$run_out"
} >> "$output.tmp"
mv "$output.tmp" "$output"

echo "== Results written to $output"
