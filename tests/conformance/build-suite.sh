#!/bin/sh
# Build a test tree in libc-test's layout (src/common, src/functional,
# src/regression, src/math, src/musl): this project's tests/conformance or a
# libc-test checkout.  In OUT:
#
#   suite.ukl          one multi-call UKL app holding every test that can
#                      share it (tests/lib/multicall.c with tests.def):
#                      "suite.ukl CATEGORY/NAME [ARGS]" runs that test's
#                      main with argv[0] = CATEGORY/NAME; --list
#   alone/CAT/NAME.ukl a test that cannot share the image (it defines a
#                      symbol libc also defines, e.g. its own malloc)
#   base/CAT/NAME      every test as a normal static program (--base-cc)
#   child/NAME         DIR/child/*.c, helper programs, built with --base-cc
#   manifest.tsv       one line per test: test, ukl-image (shared,
#                      alone:PATH or none), baseline (PATH or none), status
#                      (ok, alone, n/a or build-error) and reason; paths are
#                      relative to OUT
#   log/CAT/NAME.log   compiler output
#
# With the hosted compiler (x86_64-ukl-hosted-gcc) the .ukl files are host
# programs.  A test's main becomes a unique symbol and its other globals are
# made local; src/common files (not runtest.c, nothing defining main) go in
# once.  Tests using dlopen are n/a; a NAME_dso.c partner of a test that does
# not is linked in statically.  src/api (compile-only header checks) is not
# built.
#
# The build is incremental: make (suite.mk, rules per test; recipes in
# build-step.sh) remakes only what is older than its sources, the headers
# they read, the common files, the tools, or the settings (OUT/config: a
# change of compiler, --cflags or DIR rebuilds everything).  The manifest
# lists the tests of this run (--tests); results of others stay for later.
# DIR, OUT and the compilers' paths must not hold blanks or any of : # $ %.
#
# Usage: build-suite.sh [options] DIR OUT
#   --ukl-cc CC     UKL compiler [BUILD/bin/x86_64-ukl-gcc]
#   --base-cc CC    stock musl compiler for the baseline
#                   [BUILD/x86_64-stock/bin/musl-gcc], or "none"
#   --libc FILE     libc.a the UKL compiler links [found from CC's sysroot]
#   --cflags FLAGS  replace the default C flags (libc-test's, without -g)
#   --tests GLOB    only tests whose CATEGORY/NAME matches (a shell pattern)
#   -j N            parallel jobs [2]
#   --help          this text
# BUILD is the build directory beside this script's repository (../../build).
set -eu
export LC_ALL=C	# one collation for sort and comm
me=build-suite.sh
die() { echo "$me: error: $*" >&2; exit 1; }

# --- options ---
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$here/../.." && pwd)/build
ukl_cc=$build/bin/x86_64-ukl-gcc
base_cc=$build/x86_64-stock/bin/musl-gcc
[ -x "$base_cc" ] || base_cc=
libc= jobs=2 only='*'
cflags="-std=c99 -D_POSIX_C_SOURCE=200809L -pipe -fno-builtin -frounding-math -fno-common"
cflags="$cflags -Wall -Wno-unused-function -Wno-missing-braces -Wno-unused -Wno-overflow -Wno-unknown-pragmas"
cflags="$cflags -Werror=implicit-function-declaration -Werror=implicit-int -Werror=pointer-sign -Werror=pointer-arith"
while [ $# -gt 0 ]; do
	case $1 in
	--help|-h) sed -n '2,/^set -eu/{/^set -eu/d;s/^# \{0,1\}//p;}' "$0"; exit 0 ;;
	--ukl-cc) ukl_cc=${2?}; shift ;;
	--base-cc) base_cc=${2?}; shift ;;
	--libc) libc=${2?}; shift ;;
	--cflags) cflags=${2?}; shift ;;
	--tests) only=${2?}; shift ;;
	-j) jobs=${2?}; shift ;;
	-j*) jobs=${1#-j} ;;
	-*) die "unknown option $1 (see --help)" ;;
	*) break ;;
	esac
	shift
done
[ $# = 2 ] || { echo "usage: $me [options] DIR OUT (see --help)" >&2; exit 2; }
[ -d "$1/src" ] || die "$1 has no src directory: not a libc-test style tree"
D=$(cd "$1" && pwd)
case $jobs in ''|*[!0-9]*) die "-j needs a number, got '$jobs'" ;; esac
# abs FILE: FILE's absolute path (make runs in DIR)
abs() { echo "$(cd "$(dirname "$1")" && pwd)/${1##*/}"; }
command -v "$ukl_cc" > /dev/null || die "UKL compiler $ukl_cc not found (build it with make, or give --ukl-cc)"
ukl_cc=$(abs "$(command -v "$ukl_cc")")
[ -n "$base_cc" ] || die "no stock musl compiler: run musl-ukl/build-stock.sh or give --base-cc (or --base-cc none)"
if [ "$base_cc" != none ]; then
	command -v "$base_cc" > /dev/null || die "base compiler $base_cc not found"
	base_cc=$(abs "$(command -v "$base_cc")")
fi
for tool in make nm objcopy ld ar comm cmp; do
	command -v $tool > /dev/null || die "$tool not found"
done
if [ -z "$libc" ]; then
	# the wrapper's sysroot: UKL_SYSROOT, or ../NAME beside bin/NAME-gcc
	n=$(basename "$ukl_cc")
	libc=${UKL_SYSROOT:-$(dirname "$ukl_cc")/../${n%-gcc}}/lib/libc.a
fi
[ -f "$libc" ] || die "no libc.a at $libc: give --libc"
libc=$(abs "$libc")

# OUT holds what we made before, and only that
if [ -d "$2" ] && [ -n "$(ls -A "$2")" ] && [ ! -f "$2/.build-suite" ]; then
	die "$2 is not empty and was not made by $me: give a new directory"
fi
mkdir -p "$2"
O=$(cd "$2" && pwd)
case $O/ in "$D"/src/*) die "OUT must not be inside $D/src" ;; esac
for p in "$D" "$O" "$here" "$ukl_cc" "$base_cc" "$libc"; do
	case $p in *[[:space:]:#\$%]*) die "make cannot take the path '$p': it holds a blank or one of : # \$ %" ;; esac
done
start=$(date +%s)
: > "$O/.build-suite"	# also the time this run started
# left by build-suite.sh before it used make; nothing reads them now
rm -rf "$O/sym" "$O/mains" "$O/dispatch.c" "$O/manifest.tsv.tmp"
mkdir -p "$O/obj/common" "$O/base/common" "$O/res" "$O/log/common"
echo "SUITE $D -> $O"
echo "  ukl-cc  $ukl_cc"
echo "  base-cc $base_cc"

# update FILE: FILE.new replaces FILE if they differ, so that FILE's time
# is the time of its last change
update() {
	if cmp -s "$1.new" "$1"; then rm -f "$1.new"; else mv "$1.new" "$1"; fi
}
# q ARG: ARG quoted for the shell
q() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

# --- the settings: every result depends on them ---
multicall=$(cd "$here/../lib" && pwd)/multicall.c
[ -f "$multicall" ] || die "no $multicall (the multi-call dispatcher)"
rt=$(dirname "$libc")/libukl-rt.a
[ -f "$rt" ] || rt=
{
	echo "# written by build-suite.sh; read by build-step.sh"
	for v in D ukl_cc base_cc cflags libc rt; do
		eval "echo $v=\$(q \"\$$v\")"
	done
	echo "multicall=$(q "$multicall")"
	# what the wrapper takes from the environment
	echo "export REALGCC=$(q "${REALGCC:-gcc}")"
	[ -z "${UKL_SYSROOT+set}" ] || echo "export UKL_SYSROOT=$(q "$UKL_SYSROOT")"
} > "$O/config.new"
update "$O/config"

# --- the tests, found in DIR, and the make fragment naming them ---
cats=
for c in functional regression math musl; do
	[ -d "$D/src/$c" ] && cats="$cats $c"
done
[ -n "$cats" ] || die "$D/src has none of functional, regression, math, musl"
[ ! -d "$D/src/api" ] || echo "  note: src/api (compile-only header checks) is not built"
: > "$O/tests.new"
{
	echo "# written by build-suite.sh from $D; included by suite.mk"
	echo "STEP_SH := $here/build-step.sh"
	echo "MULTICALL := $multicall"
	echo "TOOLS := $ukl_cc $libc $rt$([ "$base_cc" = none ] || echo " $base_cc")"
	[ "$base_cc" = none ] || echo "BASE := yes"
	for c in $cats; do
		for f in "$D/src/$c"/*.c; do
			[ -f "$f" ] || continue
			n=${f##*/} n=${n%.c}
			case $n in *_dso) continue ;; esac
			case $c/$n in $only) ;; *) continue ;; esac
			case $n in *[!A-Za-z0-9_.+-]*) die "src/$c/$n.c: make cannot take that name" ;; esac
			echo "$c/$n" >> "$O/tests.new"
			echo "TESTS += $c/$n"
			# extra sources; when one goes, the line changes (below)
			x=
			[ ! -f "$D/src/$c/$n.mk" ] || x=" src/$c/$n.mk"
			[ ! -f "$D/src/$c/${n}_dso.c" ] || x="$x src/$c/${n}_dso.c"
			[ -z "$x" ] || echo "\$(O)/res/$c/$n:$x"
		done
	done
	if [ "$base_cc" != none ] && [ -d "$D/child" ]; then
		for f in "$D"/child/*.c; do
			[ -f "$f" ] || continue
			n=${f##*/} n=${n%.c}
			case $n in *[!A-Za-z0-9_.+-]*) die "child/$n.c: make cannot take that name" ;; esac
			echo "CHILDREN += \$(O)/child/$n"
		done
	fi
} > "$O/tests.mk.new"
[ -s "$O/tests.new" ] || die "no tests match '$only'"
# a test whose extra sources changed (one went away) is built again, and
# what its last compile read (NAME.dso.d names a NAME_dso.c) is forgotten
if [ -f "$O/tests.mk" ]; then
	grep '^\$(O)/res/' "$O/tests.mk" | sort > "$O/extra.old" || true
	grep '^\$(O)/res/' "$O/tests.mk.new" | sort | comm -23 "$O/extra.old" - |
		sed 's|^\$(O)/res/\([^:]*\):.*|\1|' | while read -r t; do
			rm -f "$O/res/$t" "$O/obj/$t.d" "$O/obj/$t.dso.d"
		done
	rm -f "$O/extra.old"
fi
update "$O/tests"
update "$O/tests.mk"

# a test or helper whose source went away from DIR leaves nothing behind
find "$O/res" -type f ! -name '*.tmp' | while read -r r; do
	t=${r#"$O"/res/}
	[ -f "$D/src/$t.c" ] ||
		rm -f "$r" "$O/base/$t" "$O/alone/$t.ukl" "$O/obj/$t".* "$O/log/$t.log"
done
for f in "$O"/child/*; do
	[ ! -f "$f" ] || [ -f "$D/child/${f##*/}.c" ] || [ "$base_cc" = none ] || rm -f "$f"
done
# a suite.ukl deleted by hand is linked again
[ -f "$O/suite.ukl" ] || [ ! -s "$O/tests.def" ] || rm -f "$O/obj/suite.stamp"

# --- make: what is out of date, -j jobs at a time ---
echo "  BUILD $(wc -l < "$O/tests") tests, -j$jobs"
# our own make, not a part of a make that runs us: its flags and variables
# (a command line's O=, say) are not ours
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES
make -r -s -k -j"$jobs" --no-print-directory -C "$D" -f "$here/suite.mk" BS_OUT="$O" all ||
	die "the build failed (see the messages above and $O/log)"
[ -f "$O/manifest.tsv" ] && [ ! "$O/manifest.new" -nt "$O/manifest.tsv" ] ||
	die "make left no up-to-date $O/manifest.tsv"
echo "  REBUILT $(find "$O/res" -type f -newer "$O/.build-suite" | wc -l) tests"

# --- summary ---
awk -F'\t' '!/^#/ {
	split($1, p, "/"); c = p[1]; n[c]++; s[c, $4]++; tot[$4]++; all++
	if ($3 != "none") b[c]++
}
END {
	printf "  %-11s %5s %5s %5s %5s %6s %8s\n", "category", "tests", "ok", "alone", "n/a", "error", "baseline"
	split("functional regression math musl", order, " ")
	for (i = 1; i <= 4; i++)
		if ((c = order[i]) in n)
			printf "  %-11s %5d %5d %5d %5d %6d %8d\n", c, n[c], s[c, "ok"], s[c, "alone"], s[c, "n/a"], s[c, "build-error"], b[c]
	printf "  %-11s %5d %5d %5d %5d %6d\n", "total", all, tot["ok"], tot["alone"], tot["n/a"], tot["build-error"]
}' "$O/manifest.tsv"
echo "  DONE in $(($(date +%s) - start)) s: $O/manifest.tsv"
