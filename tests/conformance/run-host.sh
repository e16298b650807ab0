#!/bin/sh
# Run a conformance tree on this host, two ways: "hosted", each test through
# the multi-call image built with x86_64-ukl-hosted-gcc (musl-ukl's code at
# user addresses, entering the kernel through the hosted shim; suite
# conformance-hosted), and "base", each test as its baseline program built
# with stock musl (suite conformance-stock).  Builds with build-suite.sh
# first.  Prints nested KTAP (tests/lib/ktap.sh); exits 1 on any failure.
# T_CHILD is set to OUT/child/child.
#
# Usage: run-host.sh [options] [DIR]
#   DIR            a tree in libc-test's layout [tests/conformance]
#   --out OUT      build directory [BUILD/conformance-host]
#   --no-build     run what OUT already holds
#   --base-cc CC   stock musl compiler [BUILD/x86_64-stock/bin/musl-gcc]
#   --tests GLOB   only tests whose CATEGORY/NAME matches
#   --timeout S    seconds per test [10]
#   --known FILE   known failures, lines "SUITE TEST REASON"
#                  [tests/known-failures]
#   -j N           parallel build jobs [2]
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=$top/build
dir=$here out=$build/conformance-host base_cc=$build/x86_64-stock/bin/musl-gcc
only='*' tmo=10 known=$top/tests/known-failures jobs=2 dobuild=yes
. "$top/tests/lib/ktap.sh"
die() { echo "run-host.sh: error: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
	case $1 in
	--help|-h) sed -n '2,/^set -u/{/^set -u/d;s/^# \{0,1\}//p;}' "$0"; exit 0 ;;
	--out) out=${2?}; shift ;;
	--no-build) dobuild=no ;;
	--base-cc) base_cc=${2?}; shift ;;
	--tests) only=${2?}; shift ;;
	--timeout) tmo=${2?}; shift ;;
	--known) known=${2?}; shift ;;
	-j) jobs=${2?}; shift ;;
	-*) die "unknown option $1 (see --help)" ;;
	*) dir=$1 ;;
	esac
	shift
done
dir=$(cd "$dir" && pwd) || die "no directory $dir"
[ -f "$known" ] || die "no known-failures file $known"
command -v timeout > /dev/null || die "timeout (coreutils) not found"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM HUP
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

# way WAY SUITE: run every test of the manifest that way, into the results
way() {
	while IFS='	' read -r t ukl base status reason; do
		case $t in '#'*) continue ;; esac
		case $1 in
		hosted)
			case $ukl in
			shared) cmd="$out/suite.ukl $t" ;;
			alone:*) cmd=$out/${ukl#alone:} ;;
			*) cmd= ;;
			esac ;;
		base) [ "$base" = none ] && cmd= || cmd=$out/$base ;;
		esac
		if [ "$status" = n/a ]; then
			printf '%s\t%s\tskip\tn/a: %s\n' "$2" "$t" "$reason"
			continue
		fi
		if [ -z "$cmd" ]; then
			printf '%s\t%s\tfail\tbuild error: %s\n' "$2" "$t" "$reason"
			continue
		fi
		log=$scratch/$2.$(echo "$t" | tr / _).log
		(cd "$scratch" && exec timeout -k 2 "$tmo" $cmd) < /dev/null > "$log" 2>&1
		rc=$?
		case $rc in
		124|137) why="TIMEOUT $tmo seconds" ;;
		*) why="exit status $rc"; [ $rc -le 128 ] || why="killed by signal $((rc - 128))" ;;
		esac
		printf '%s\t%s\t%s\t%s\t%s\n' "$2" "$t" "$(ktap_outcome $rc)" "$why" "$log"
	done < "$M"
}

way hosted conformance-hosted > "$scratch/results"
way base conformance-stock >> "$scratch/results"
ktap_report "$scratch/results" "$known"
