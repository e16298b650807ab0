#!/bin/sh
# Build a test tree in libc-test's layout (src/common, src/functional,
# src/regression, src/math, src/musl): this project's tests/conformance or a
# libc-test checkout.  In OUT:
#
#   suite.ukl          one multi-call UKL app holding every test that can
#                      share it: "suite.ukl CATEGORY/NAME [ARGS]" runs that
#                      test's main with argv[0] = CATEGORY/NAME; --list
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

# --- one test, run in parallel by xargs: "build-suite.sh --job CAT/NAME" ---
# Inputs come from the environment (BS_*); the result is one manifest line
# in $BS_OUT/res/CAT/NAME, written last.

first_error() {	# LOG: its first line saying error (not a "+ command" line), else its first
	{ grep -v '^+ ' "$1" | grep -m1 -i -E 'error|undefined reference|multiple definition' || grep -v '^+ ' "$1" | head -n1 || true; } |
		sed 's/	/ /g' | cut -c1-200
}

job() {
	t=$1 cat=${1%%/*} name=${1#*/}
	D=$BS_DIR O=$BS_OUT
	obj=$O/obj/$cat log=$O/log/$cat/$name.log
	src=src/$cat/$name.c partner=
	[ -f "$D/src/$cat/${name}_dso.c" ] && partner=src/$cat/${name}_dso.c
	mkdir -p "$obj" "$O/log/$cat" "$O/res/$cat" "$O/base/$cat"
	: > "$log"
	ukl=none base=none status=ok reason=-

	# extra flags from a libc-test NAME.mk: "$(N).CFLAGS := ..." or "+="
	mkflags=
	[ ! -f "$D/src/$cat/$name.mk" ] ||
		mkflags=$(sed -n 's/^\$(N)\.CFLAGS *[:+]*= *//p' "$D/src/$cat/$name.mk" | tr '\n' ' ')
	flags="$BS_CFLAGS $mkflags -Isrc/common -Isrc/$cat"

	if grep -Eq '(^|[^A-Za-z0-9_])dl(open|sym|close)[^A-Za-z0-9_]' "$D/$src"; then
		printf '%s\tnone\tnone\tn/a\tneeds dlopen and shared objects\n' "$t" > "$O/res/$t.tmp"
		mv "$O/res/$t.tmp" "$O/res/$t"
		echo "  n/a          $t (dlopen)"
		return 0
	fi

	# the UKL object: compile, add the partner, check the symbols
	uo=$obj/$name.o
	ok=yes
	echo "+ $BS_UKL_CC $flags -c $src" >> "$log"
	if ! (cd "$D" && $BS_UKL_CC $flags -c "$src" -o "$obj/$name.c.o") >> "$log" 2>&1; then
		ok=no reason="ukl: $(first_error "$log")"
	elif [ -n "$partner" ]; then
		if (cd "$D" && $BS_UKL_CC $flags -c "$partner" -o "$obj/$name.dso.o") >> "$log" 2>&1 &&
		   ld -r -o "$obj/$name.all.o" "$obj/$name.c.o" "$obj/$name.dso.o" >> "$log" 2>&1; then
			mv "$obj/$name.all.o" "$obj/$name.c.o"
			reason="partner $(basename "$partner") linked in"
		else
			ok=no reason="ukl: $(first_error "$log")"
		fi
	fi
	if [ $ok = yes ]; then
		nm -g --defined-only "$obj/$name.c.o" | awk 'NF >= 3 { print $3 }' | sort -u > "$obj/$name.defs"
		undef=$(nm -u "$obj/$name.c.o" | awk '$1 == "U" { print $2 }' | sort -u |
			comm -23 - "$O/provided.syms" | head -n 5 | tr '\n' ' ')
		clash=$(grep -vx main "$obj/$name.defs" | comm -12 - "$O/libc.syms" | head -n 5 | tr '\n' ' ')
		if ! grep -qx main "$obj/$name.defs"; then
			ok=no reason="ukl: defines no main"
		elif [ -n "$undef" ]; then
			ok=no reason="ukl: undefined reference to ${undef% }"
		elif [ -n "$clash" ]; then
			# it replaces part of libc: only in an image of its own
			echo "+ $BS_UKL_CC -o alone/$t.ukl" >> "$log"
			mkdir -p "$O/alone/$cat"
			if $BS_UKL_CC -o "$O/alone/$t.ukl" "$obj/$name.c.o" "$O/obj/common/libtest.a" \
				-lpthread -lm -lrt >> "$log" 2>&1; then
				ukl=alone:alone/$t.ukl status=alone reason="defines libc symbols: ${clash% }"
			else
				ok=no reason="ukl: $(first_error "$log")"
			fi
		else
			# objcopy refuses an empty list file
			loc=
			grep -vx main "$obj/$name.defs" > "$obj/$name.local" &&
				loc=--localize-symbols=$obj/$name.local
			if objcopy $loc "$obj/$name.c.o" "$uo.tmp" >> "$log" 2>&1 &&
			   objcopy --redefine-sym main="$(cat "$O/sym/$t")" "$uo.tmp" "$uo" >> "$log" 2>&1; then
				ukl=shared
			else
				ok=no reason="ukl: objcopy failed"
			fi
			rm -f "$uo.tmp"
		fi
	fi
	[ $ok = yes ] || status=build-error

	# the baseline: the same source as a normal static program
	if [ "$BS_BASE_CC" != none ]; then
		echo "+ $BS_BASE_CC -static $flags -o base/$t $src $partner" >> "$log.base"
		if (cd "$D" && $BS_BASE_CC -static $flags -o "$O/base/$t" "$src" $partner \
			"$O/base/common/libtest.a" -lpthread -lm -lrt) >> "$log.base" 2>&1; then
			base=base/$t
		else
			rm -f "$O/base/$t"
			status=build-error
			r="baseline: $(first_error "$log.base")"
			[ "$reason" = - ] || case $reason in partner*) ;; *) r="$reason; $r" ;; esac
			reason=$r
		fi
		cat "$log.base" >> "$log"
		rm -f "$log.base"
	fi
	printf '%s\t%s\t%s\t%s\t%s\n' "$t" "$ukl" "$base" "$status" "$reason" > "$O/res/$t.tmp"
	mv "$O/res/$t.tmp" "$O/res/$t"
	[ $status = ok ] || printf '  %-12s %s (%s)\n' "$status" "$t" "$reason"
}

if [ "${1-}" = --job ]; then
	job "$2"
	exit 0
fi

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
command -v "$ukl_cc" > /dev/null || die "UKL compiler $ukl_cc not found (build it with make, or give --ukl-cc)"
ukl_cc=$(command -v "$ukl_cc")
[ -n "$base_cc" ] || die "no stock musl compiler: run musl-ukl/build-stock.sh or give --base-cc (or --base-cc none)"
[ "$base_cc" = none ] || command -v "$base_cc" > /dev/null || die "base compiler $base_cc not found"
for tool in nm objcopy ld comm xargs; do
	command -v $tool > /dev/null || die "$tool not found"
done
if [ -z "$libc" ]; then
	# the wrapper's sysroot: UKL_SYSROOT, or ../NAME beside bin/NAME-gcc
	n=$(basename "$ukl_cc")
	libc=${UKL_SYSROOT:-$(dirname "$ukl_cc")/../${n%-gcc}}/lib/libc.a
fi
[ -f "$libc" ] || die "no libc.a at $libc: give --libc"

# OUT is emptied of what we made before: only a directory we made
if [ -d "$2" ] && [ -n "$(ls -A "$2")" ] && [ ! -f "$2/.build-suite" ]; then
	die "$2 is not empty and was not made by $me: give a new directory"
fi
mkdir -p "$2"
O=$(cd "$2" && pwd)
case $O/ in "$D"/src/*) die "OUT must not be inside $D/src" ;; esac
: > "$O/.build-suite"
rm -rf "$O/obj" "$O/res" "$O/sym" "$O/log" "$O/base" "$O/alone" "$O/child" "$O/suite.ukl" "$O/manifest.tsv"
mkdir -p "$O/obj/common" "$O/base/common" "$O/res" "$O/sym" "$O/log/common"
start=$(date +%s)
echo "SUITE $D -> $O"
echo "  ukl-cc  $ukl_cc"
echo "  base-cc $base_cc"

# --- the tests ---
cats=
for c in functional regression math musl; do
	[ -d "$D/src/$c" ] && cats="$cats $c"
done
[ -n "$cats" ] || die "$D/src has none of functional, regression, math, musl"
[ ! -d "$D/src/api" ] || echo "  note: src/api (compile-only header checks) is not built"
: > "$O/tests"
for c in $cats; do
	for f in "$D/src/$c"/*.c; do
		[ -f "$f" ] || continue
		n=$(basename "$f" .c)
		case $n in *_dso) continue ;; esac
		case $c/$n in $only) echo "$c/$n" >> "$O/tests" ;; esac
	done
done
[ -s "$O/tests" ] || die "no tests match '$only'"
# unique names for the renamed mains
awk '{ s = $0; gsub(/[^A-Za-z0-9]/, "_", s); printf "%s\tlt_main_%04d_%s\n", $0, NR, s }' "$O/tests" > "$O/mains"
while IFS='	' read -r t s; do
	mkdir -p "$O/sym/${t%%/*}"
	echo "$s" > "$O/sym/$t"
done < "$O/mains"

# --- src/common, once for each compiler ---
ccommon() {	# CC OUTDIR: compile the common files into OUTDIR/libtest.a
	objs=
	for f in "$D"/src/common/*.c; do
		[ -f "$f" ] || continue
		n=$(basename "$f" .c)
		[ "$n" != runtest ] || continue
		if ! (cd "$D" && $1 $cflags -Isrc/common -c "src/common/$n.c" -o "$2/$n.o") \
			>> "$O/log/common/$n.log" 2>&1; then
			echo "  warning: src/common/$n.c does not compile with $1 (see log/common/$n.log)"
			continue
		fi
		if nm -g --defined-only "$2/$n.o" | awk '$3 == "main" { f = 1 } END { exit !f }'; then
			rm -f "$2/$n.o"	# a program of its own
			continue
		fi
		objs="$objs $2/$n.o"
	done
	rm -f "$2/libtest.a"
	ar rcs "$2/libtest.a" $objs
}
echo "  COMMON"
ccommon "$ukl_cc" "$O/obj/common"
[ "$base_cc" = none ] || ccommon "$base_cc" "$O/base/common"

# what a test may use: libc (with the compiler runtime) and the common files
rt=$(dirname "$libc")/libukl-rt.a
[ -f "$rt" ] || rt=
nm -g --defined-only "$libc" $rt 2> /dev/null | awk 'NF >= 3 { print $3 }' | sort -u > "$O/libc.syms"
[ -s "$O/libc.syms" ] || die "no symbols in $libc"
# and what the linker defines (gcc names the GOT in code using TLS)
{ nm -g --defined-only "$O/obj/common/libtest.a" | awk 'NF >= 3 { print $3 }'
  echo _GLOBAL_OFFSET_TABLE_; } | sort -u - "$O/libc.syms" > "$O/provided.syms"

echo "  BUILD $(wc -l < "$O/tests") tests, -j$jobs"
export BS_DIR="$D" BS_OUT="$O" BS_UKL_CC="$ukl_cc" BS_BASE_CC="$base_cc" BS_CFLAGS="$cflags"
xargs -P "$jobs" -n 1 sh "$here/$me" --job < "$O/tests" ||
	die "a build job failed unexpectedly"

# --- the manifest, the dispatcher and the image ---
{
	printf '# test\tukl-image\tbaseline\tstatus\treason\n'
	while read -r t; do
		[ -f "$O/res/$t" ] || die "no result for $t"
		cat "$O/res/$t"
	done < "$O/tests"
} > "$O/manifest.tsv.tmp"

awk -F'\t' '!/^#/ && $2 == "shared" { print $1 }' "$O/manifest.tsv.tmp" > "$O/shared"
{
	echo "/* generated by build-suite.sh from $D: runs one test by name */"
	echo "#include <stdio.h>"
	echo "#include <string.h>"
	echo
	while read -r t; do
		echo "int $(cat "$O/sym/$t")(int, char **, char **);"
	done < "$O/shared"
	echo
	echo "static const struct { const char *name; int (*main)(int, char **, char **); } tests[] = {"
	while read -r t; do
		echo "	{ \"$t\", $(cat "$O/sym/$t") },"
	done < "$O/shared"
	echo "	{ 0, 0 }"
	echo "};"
	cat <<'EOF'

int main(int argc, char **argv, char **envp)
{
	int i;

	if (argc < 2 || !strcmp(argv[1], "--help")) {
		fprintf(stderr, "usage: %s CATEGORY/NAME [ARGS...] | --list\n", argv[0]);
		return 2;
	}
	if (!strcmp(argv[1], "--list")) {
		for (i = 0; tests[i].name; i++)
			printf("%s\n", tests[i].name);
		return 0;
	}
	for (i = 0; tests[i].name; i++)
		if (!strcmp(argv[1], tests[i].name))
			return tests[i].main(argc - 1, argv + 1, envp);
	fprintf(stderr, "%s: no test %s in this image\n", argv[0], argv[1]);
	return 127;
}
EOF
} > "$O/dispatch.c"

if [ -s "$O/shared" ]; then
	echo "  LINK suite.ukl ($(wc -l < "$O/shared") tests)"
	sed 's|^\(.*\)/\([^/]*\)$|'"$O"'/obj/\1/\2.o|' "$O/shared" > "$O/shared.objs"
	ld -r -o "$O/obj/tests.o" @"$O/shared.objs" > "$O/log/suite.log" 2>&1 ||
		{ cat "$O/log/suite.log" >&2; die "combining the test objects failed"; }
	$ukl_cc -o "$O/suite.ukl.tmp" "$O/dispatch.c" "$O/obj/tests.o" "$O/obj/common/libtest.a" \
		-lpthread -lm -lrt >> "$O/log/suite.log" 2>&1 ||
		{ cat "$O/log/suite.log" >&2; die "linking suite.ukl failed (log/suite.log)"; }
	mv "$O/suite.ukl.tmp" "$O/suite.ukl"
fi

# --- helper programs ---
if [ "$base_cc" != none ] && [ -d "$D/child" ]; then
	mkdir -p "$O/child"
	for f in "$D"/child/*.c; do
		[ -f "$f" ] || continue
		n=$(basename "$f" .c)
		echo "  CHILD child/$n"
		$base_cc -static -O2 -o "$O/child/$n" "$f" > "$O/log/child-$n.log" 2>&1 ||
			{ cat "$O/log/child-$n.log" >&2; die "building $f failed"; }
	done
fi
mv "$O/manifest.tsv.tmp" "$O/manifest.tsv"
rm -rf "$O/res"

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
