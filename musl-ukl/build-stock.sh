#!/bin/sh
# Build stock (unmodified) musl for baselines: the pristine tree configured
# out of tree in BUILD_DIR with --disable-shared, installed with its musl-gcc
# wrapper into PREFIX.  PRISTINE_MUSL_DIR is only read.  The install goes to
# BUILD_DIR/destdir first and replaces PREFIX only when it is complete.
# The log is BUILD_DIR/build.log.
#
# Usage: build-stock.sh PRISTINE_MUSL_DIR BUILD_DIR PREFIX
# Environment: CC (default gcc), JOBS (make -j, default 2).
# Then: PREFIX/bin/musl-gcc -static -o prog prog.c
set -eu
me=build-stock.sh
die() { echo "$me: error: $*" >&2; exit 1; }
case ${1-} in
--help|-h) sed -n '2,/^set -eu/{/^set -eu/d;s/^# \{0,1\}//p;}' "$0"; exit 0 ;;
esac
[ $# = 3 ] || { echo "usage: $me PRISTINE_MUSL_DIR BUILD_DIR PREFIX" >&2; exit 2; }
src=$1 build=$2 prefix=$3
[ -f "$src/configure" ] && [ -f "$src/VERSION" ] ||
	die "$src is not a musl source tree (no configure or VERSION)"
case $prefix in /*) ;; *) die "PREFIX must be an absolute path: $prefix" ;; esac
src=$(cd "$src" && pwd)
version=$(cat "$src/VERSION")
mkdir -p "$build"
build=$(cd "$build" && pwd)
case $build/ in "$src"/*) die "BUILD_DIR $build is inside the pristine tree" ;; esac
log=$build/build.log
: > "$log"

# step WHAT CMD...: one progress line, the output into the log; on failure
# show the end of the log
step() {
	what=$1; shift
	echo "  $what"
	echo "+ $*" >> "$log"
	"$@" >> "$log" 2>&1 || {
		echo "$me: error: $what failed; the end of $log:" >&2
		tail -n 20 "$log" >&2
		exit 1
	}
}

echo "STOCK musl $version -> $prefix (log: $log)"
cd "$build"
step "CONFIGURE $src" "$src/configure" --prefix="$prefix" --disable-shared \
	--enable-wrapper=gcc CC="${CC:-gcc}"
step "MAKE -j${JOBS:-2}" make -j"${JOBS:-2}"
rm -rf "$build/destdir"
step "INSTALL" make install DESTDIR="$build/destdir"
[ -x "$build/destdir$prefix/bin/musl-gcc" ] || die "musl-gcc was not installed"
[ -f "$build/destdir$prefix/lib/libc.a" ] || die "libc.a was not installed"

mkdir -p "$(dirname "$prefix")"
rm -rf "$prefix.old"
[ ! -e "$prefix" ] || mv "$prefix" "$prefix.old"
mv "$build/destdir$prefix" "$prefix"
rm -rf "$prefix.old" "$build/destdir"
echo "$version" > "$prefix/VERSION"

# the wrapper must build and run a static program
printf '#include <stdio.h>\nint main(void){puts("ok");return 0;}\n' > "$build/t.c"
step "CHECK musl-gcc -static" "$prefix/bin/musl-gcc" -static -o "$build/t" "$build/t.c"
[ "$("$build/t")" = ok ] || die "a program built with $prefix/bin/musl-gcc does not run"
echo "  DONE $prefix/bin/musl-gcc"
