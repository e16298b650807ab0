#!/bin/sh
# Make the patched kernel tree OUT from the pristine tree ORIG and a patch
# series: hard links to ORIG (patch replaces the files it changes, never
# edits them in place), then each patch in order.  A patch that does not
# apply stops here, named with the kernel version.
# Usage: apply.sh ORIG OUT PATCH...
set -eu
[ $# -ge 2 ] || { echo "usage: apply.sh ORIG OUT PATCH..." >&2; exit 2; }
orig=$1 out=$2
shift 2
version=$(cat "$orig/.debian-version" 2>/dev/null || make -s -C "$orig" kernelversion)
rm -rf "$out.tmp"
trap 'rm -rf "$out.tmp" "$out.tmp.log"' EXIT INT TERM HUP
cp -al "$orig" "$out.tmp"
for p; do
	if ! patch -d "$out.tmp" -p1 -s -f --no-backup-if-mismatch < "$p" > "$out.tmp.log" 2>&1; then
		cat "$out.tmp.log" >&2
		echo "apply.sh: error: $p does not apply to Linux $version" >&2
		exit 1
	fi
done
touch "$out.tmp/.patched"
rm -rf "$out"
mv "$out.tmp" "$out"
