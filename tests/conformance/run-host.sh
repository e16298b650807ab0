#!/bin/sh
# Run a conformance tree on this host, two ways: "hosted", each test through
# the multi-call image built with x86_64-ukl-hosted-gcc (musl-ukl's code at
# user addresses, entering the kernel through the hosted shim), and "base",
# each test as its baseline program built with stock musl.  Builds with
# build-suite.sh first.  Prints nested KTAP, then "N passed, N failed, N
# skipped"; exits 1 on any failure.  T_CHILD is set to OUT/child/child.
#
# Usage: run-host.sh [options] [DIR]
#   DIR            a tree in libc-test's layout [tests/conformance]
#   --out OUT      build directory [BUILD/conformance-host]
#   --no-build     run what OUT already holds
#   --base-cc CC   stock musl compiler [BUILD/x86_64-stock/bin/musl-gcc]
#   --tests GLOB   only tests whose CATEGORY/NAME matches
#   --timeout S    seconds per test [10]
#   --known FILE   known failures, lines "WAY TEST REASON" (WAY is hosted
#                  or base) [known-failures beside this script, for
#                  tests/conformance only]
#   -j N           parallel build jobs [2]
# A listed test that fails is reported as skipped; a listed test that
# passes fails the run, so the list only shrinks.
set -u
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$here/../.." && pwd)/build
dir=$here out=$build/conformance-host base_cc=$build/x86_64-stock/bin/musl-gcc
only='*' tmo=10 known= known_set=no jobs=2 dobuild=yes
die() { echo "run-host.sh: error: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
	case $1 in
	--help|-h) sed -n '2,/^set -u/{/^set -u/d;s/^# \{0,1\}//p;}' "$0"; exit 0 ;;
	--out) out=${2?}; shift ;;
	--no-build) dobuild=no ;;
	--base-cc) base_cc=${2?}; shift ;;
	--tests) only=${2?}; shift ;;
	--timeout) tmo=${2?}; shift ;;
	--known) known=${2?}; known_set=yes; shift ;;
	-j) jobs=${2?}; shift ;;
	-*) die "unknown option $1 (see --help)" ;;
	*) dir=$1 ;;
	esac
	shift
done
dir=$(cd "$dir" && pwd) || die "no directory $dir"
[ $known_set = yes ] || [ "$dir" != "$here" ] || known=$here/known-failures
[ -z "$known" ] || [ -f "$known" ] || die "no known-failures file $known"
command -v timeout > /dev/null || die "timeout (coreutils) not found"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM HUP
if [ $dobuild = yes ]; then
	"$here/build-suite.sh" --ukl-cc "$build/bin/x86_64-ukl-hosted-gcc" --base-cc "$base_cc" \
		--tests "$only" -j "$jobs" "$dir" "$out" > "$scratch/build.log" 2>&1 ||
		{ cat "$scratch/build.log" >&2; die "build-suite.sh failed"; }
	sed 's/^/# /' "$scratch/build.log"
fi
out=$(cd "$out" && pwd) || die "no build in $out"
M=$out/manifest.tsv
[ -f "$M" ] || die "no $M: build first"
export T_CHILD=$out/child/child
[ -x "$T_CHILD" ] || unset T_CHILD

pass=0 fail=0 skip=0

# way WAY: run every test of the manifest that way, as one nested suite
way() {
	w=$1 n=0 wp=0 wf=0 ws=0
	total=$(grep -vc '^#' "$M")
	echo "# Subtest: $w"
	echo "  KTAP version 1"
	echo "  1..$total"
	while IFS='	' read -r t ukl base status reason; do
		case $t in '#'*) continue ;; esac
		n=$((n + 1))
		case $w in
		hosted)
			case $ukl in
			shared) cmd="$out/suite.ukl $t" ;;
			alone:*) cmd=$out/${ukl#alone:} ;;
			*) cmd= ;;
			esac ;;
		base) [ "$base" = none ] && cmd= || cmd=$out/$base ;;
		esac
		kreason=
		[ -z "$known" ] || kreason=$(awk -v w="$w" -v t="$t" \
			'$1 == w && $2 == t { $1 = $2 = ""; sub(/^ +/, ""); print; exit }' "$known")
		if [ "$status" = n/a ]; then
			echo "  ok $n $t # SKIP n/a: $reason"
			ws=$((ws + 1))
			continue
		fi
		if [ -z "$cmd" ]; then
			echo "  not ok $n $t # build error: $reason"
			wf=$((wf + 1))
			continue
		fi
		(cd "$scratch" && exec timeout -k 2 "$tmo" $cmd) < /dev/null > "$scratch/log" 2>&1
		rc=$?
		if [ $rc = 0 ] && [ -n "$kreason" ]; then
			echo "  not ok $n $t # passes but is listed in $(basename "$known")"
			wf=$((wf + 1))
		elif [ $rc = 0 ]; then
			echo "  ok $n $t"
			wp=$((wp + 1))
		elif [ $rc = 4 ]; then
			echo "  ok $n $t # SKIP the test skipped itself"
			ws=$((ws + 1))
		elif [ -n "$kreason" ]; then
			echo "  ok $n $t # SKIP known failure: $kreason"
			ws=$((ws + 1))
		else
			sed 's/^/  # /' "$scratch/log" | tail -n 30
			case $rc in
			124|137) echo "  not ok $n $t # TIMEOUT $tmo seconds" ;;
			*) if [ $rc -gt 128 ]; then
				echo "  not ok $n $t # killed by signal $((rc - 128))"
			   else
				echo "  not ok $n $t # exit status $rc"
			   fi ;;
			esac
			wf=$((wf + 1))
		fi
	done < "$M"
	echo "  # Totals: pass:$wp fail:$wf skip:$ws"
	pass=$((pass + wp)) fail=$((fail + wf)) skip=$((skip + ws))
	if [ $wf = 0 ] && [ $n -gt 0 ]; then echo "ok $2 $w"; else echo "not ok $2 $w"; fi
}

echo "KTAP version 1"
echo "1..2"
way hosted 1
way base 2
echo "# Totals: pass:$pass fail:$fail skip:$skip"
echo "$pass passed, $fail failed, $skip skipped"
[ $fail = 0 ] && [ $pass -gt 0 ]
