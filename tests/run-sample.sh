#!/bin/sh
# make run: build the sample with x86_64-ukl-gcc, link it into the UKL
# kernel (a relink) and boot it under QEMU with ukl-run.
# Usage: tests/run-sample.sh BUILD_DIR
set -eu
[ $# = 1 ] || { echo "usage: tests/run-sample.sh BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
B=$(cd "$1" && pwd)
mkdir -p "$B/sample"
echo "CC      tests/sample/hello.c -> $B/sample/hello.ukl"
"$B/bin/x86_64-ukl-gcc" -O2 -o "$B/sample/hello.ukl" "$here/sample/hello.c"
echo "RUN     $B/bin/ukl-run $B/sample/hello.ukl -- one two"
"$B/bin/ukl-run" "$B/sample/hello.ukl" -- one two
