#!/bin/sh
# Put the pristine musl VERSION tarball at OUT, verified against
# musl-ukl/hashes.  SOURCE is a tarball or a tree of the user's (--with-musl),
# or empty to take the orig tarball of Debian's musl source package.
# Usage: fetch-musl.sh VERSION OUT WORKDIR [SOURCE]
set -eu
die() { echo "fetch-musl.sh: error: $*" >&2; exit 1; }
[ $# -ge 3 ] || { echo "usage: fetch-musl.sh VERSION OUT WORKDIR [SOURCE]" >&2; exit 2; }
version=$1 out=$2 work=$3 src=${4-}
here=$(cd "$(dirname "$0")" && pwd)
hashfile=$here/hashes/musl-$version.tar.gz.sha256
[ -f "$hashfile" ] || die "musl $version is not supported (supported: $(cd "$here/hashes" && ls | sed 's/^musl-//; s/\.tar\.gz\.sha256$//' | tr '\n' ' '))"

if [ -z "$src" ]; then
	case $version in
	1.2.5) suite=trixie ;;
	1.2.3) suite=bookworm ;;
	*) die "no Debian suite known to ship musl $version" ;;
	esac
	echo "FETCH   musl $version (Debian $suite source package)"
	"$here/debian-source.sh" "$work" source musl "$suite"
	src=$work/dl/musl_$version.orig.tar.gz
	[ -f "$src" ] || die "Debian's musl in $suite is not $version: got $(ls "$work/dl" | grep orig.tar || echo nothing)"
fi

expected=$(cut -d' ' -f1 "$hashfile")
actual=$(sha256sum "$src" | cut -d' ' -f1)
[ "$actual" = "$expected" ] ||
	die "$src does not match musl $version: sha256 $actual, expected $expected"
mkdir -p "$(dirname "$out")"
cp "$src" "$out.tmp"
mv "$out.tmp" "$out"
