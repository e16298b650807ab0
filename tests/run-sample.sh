#!/bin/sh
# make run: build the sample with x86_64-ukl-gcc into the object the kernel
# link takes, and run it.  Until the kernel patches exist (kernel-patches/),
# it runs in hosted mode: the same libc code on this host, entering the
# kernel through the user-mode shim instead of ring 0.
# Usage: tests/run-sample.sh BUILD_DIR
set -eu
[ $# = 1 ] || { echo "usage: tests/run-sample.sh BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
B=$(cd "$1" && pwd)
out=$B/sample
mkdir -p "$out"

echo "CC      tests/sample/hello.c -> $out/hello.ukl (kernel model)"
"$B/bin/x86_64-ukl-gcc" -O2 -o "$out/hello.ukl" "$here/sample/hello.c"
size "$out/hello.ukl" | sed 's/^/        /'
echo "        undefined, for the kernel link: $(nm -u "$out/hello.ukl" | awk '$1 == "U" { printf "%s ", $2 }')"
echo "        entry: $(nm "$out/hello.ukl" | awk '$3 == "ukl__start" { print $3 }')"
echo "RUN     no UKL kernel yet (kernel-patches/ is the next step): hosted mode"
"$B/bin/x86_64-ukl-hosted-gcc" -O2 -o "$out/hello.hosted" "$here/sample/hello.c"
"$out/hello.hosted" one two
