#!/bin/sh
# Unpack the Linux SERIES source into OUT: from SOURCE (a tree, a tarball or
# a linux-source .deb of the user's) or from Debian's linux-source-SERIES
# package at the version pinned in kernel-patches/SERIES/debian-version
# (the newest, with a warning, once the pin has left the mirror).
# Usage: linux-source.sh SERIES OUT WORKDIR [SOURCE]
set -eu
die() { echo "linux-source.sh: error: $*" >&2; exit 1; }
[ $# -ge 3 ] || { echo "usage: linux-source.sh SERIES OUT WORKDIR [SOURCE]" >&2; exit 2; }
series=$1 out=$2 work=$3 src=${4-}
here=$(cd "$(dirname "$0")" && pwd)
pin=$here/$series/debian-version
[ -f "$pin" ] || die "no patch series for Linux $series in $here"

rm -rf "$out.tmp"
mkdir -p "$out.tmp"
trap 'rm -rf "$out.tmp" "$work/deb"' EXIT INT TERM HUP

if [ -z "$src" ]; then
	echo "FETCH   linux-source-$series $(cat "$pin") (Debian package, about 140 MB)"
	# its last line is the verified file; its failure is ours
	src=$("$here/../musl-ukl/debian-source.sh" "$work" binary "linux-source-$series" "$(cat "$pin")") ||
		die "could not fetch linux-source-$series"
	src=$(printf '%s\n' "$src" | tail -n 1)
fi
case $src in
*.deb)
	rm -rf "$work/deb"
	dpkg-deb -x "$src" "$work/deb"
	basename "$src" | sed 's/^[^_]*_//; s/_.*//' > "$out.tmp/.debian-version"
	src=$(ls "$work/deb/usr/src/linux-source-$series".tar.* 2>/dev/null | head -n 1)
	[ -n "$src" ] || die "the package holds no /usr/src/linux-source-$series.tar.*" ;;
esac
if [ -d "$src" ]; then
	echo "COPY    $src"
	cp -a "$src/." "$out.tmp/"
else
	echo "UNPACK  $src"
	tar -xf "$src" -C "$out.tmp" --strip-components=1
fi
v=$(sed -n 's/^VERSION = //p' "$out.tmp/Makefile").$(sed -n 's/^PATCHLEVEL = //p' "$out.tmp/Makefile")
[ "$v" = "$series" ] || die "$src is Linux $v, not $series"
touch "$out.tmp/.unpacked"
rm -rf "$out"
mv "$out.tmp" "$out"
