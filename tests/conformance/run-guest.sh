#!/bin/sh
# Run a built test tree (build-suite.sh's OUT) inside the UKL kernel under
# QEMU, two ways in the same boot: "ukl", each test as its own start of the
# multi-call UKL app (fresh globals every time), and "base", each test's
# baseline program (stock musl) as a normal process.  A test that needs an
# image of its own gets a boot of its own.  /init kills a test's whole
# process group after --timeout; ukl-run kills the VM after its watchdog.
#
# Any oops, BUG or WARNING on a console fails the run, in both modes.
#
# Writes OUT/report.md (counts per category for both columns, then every
# test) and OUT/report.tsv (test, category, base, ukl, note; results are
# pass, fail, n/a, build-error or no-result).
#
# Usage: run-guest.sh [options] OUT
#   --check        our own suite: every test must pass both ways; prints
#                  nested KTAP with kselftest's totals (tests/lib/ktap.sh)
#                  (default: libc-test mode, where only a test that fails
#                  as UKL and passes as baseline fails the run)
#   --known FILE   known failures, lines "SUITE TEST REASON" (suites
#                  conformance-ukl and conformance-base; others are
#                  ignored) [tests/known-failures]; --check only
#   --timeout S    seconds per test [20]
#   --build DIR    musl-ukl's build directory, with the kernel and ukl-run
#                  [BUILD]
#   --help         this text
# BUILD is the build directory beside this script's repository (../../build).
set -u
me=run-guest.sh
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=$top/build
check=no known=$top/tests/known-failures tmo=20
. "$top/tests/lib/ktap.sh"
die() { echo "$me: error: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
	case $1 in
	--help|-h) sed -n '2,/^set -u/{/^set -u/d;s/^# \{0,1\}//p;}' "$0"; exit 0 ;;
	--check) check=yes ;;
	--known) [ $# -ge 2 ] && [ -f "$2" ] || die "--known needs an existing file"; known=$2; shift ;;
	--timeout) [ $# -ge 2 ] || die "--timeout needs seconds"; tmo=$2; shift
		case $tmo in ''|*[!0-9]*) die "--timeout '$tmo' is not a number of seconds" ;; esac ;;
	--build) [ $# -ge 2 ] && [ -d "$2" ] || die "--build needs a directory"; build=$(cd "$2" && pwd); shift ;;
	-*) die "unknown option '$1' (see --help)" ;;
	*) break ;;
	esac
	shift
done
[ $# = 1 ] || die "usage: $me [options] OUT (see --help)"
[ -d "$1" ] || die "$1: no such directory (build it with build-suite.sh)"
out=$(cd "$1" && pwd)
M=$out/manifest.tsv
[ -f "$M" ] || die "no $M (build it with build-suite.sh)"
[ -x "$build/bin/ukl-run" ] || die "no $build/bin/ukl-run (run make kernel)"
sh=$(command -v busybox) || die "busybox not found (Debian package busybox-static): the guest's /bin/sh"

W=$out/guest
rm -rf "$W"
mkdir -p "$W"

# the normal programs every boot gets: baselines, helper programs, a shell
# and echo (busybox, which picks its applet by the name it runs as)
common="--add $sh:/bin/sh --add $sh:/bin/echo"
[ ! -d "$out/base" ] || common="$common --add $out/base:/base"
[ ! -x "$out/child/child" ] || common="$common --add $out/child:/t-child --env T_CHILD=/t-child/child"

# boot APP TESTS NAME: one VM running the tests listed in file TESTS
boot() {
	n=$(wc -l < "$2")
	# the VM's watchdog: every test at its timeout, plus boot and link
	wd=$((n * (tmo + 1) + 120))
	echo "# boot $3: $n runs (watchdog $wd s)" >&2
	start=$(date +%s)
	# tsc=reliable: the clock is then read as on real hardware, by the
	# vDSO and UKL's clock functions, not by a system call to the HPET
	"$build/bin/ukl-run" --accel tcg --timeout "$wd" --test-timeout "$tmo" --append tsc=reliable $common \
		--tests "$2" --log "$W/$3.console" "$1" > "$W/$3.out" 2>&1
	rc=$?
	echo "# boot $3: ukl-run exited $rc after $(($(date +%s) - start)) s" >&2
	[ $rc = 0 ] || tail -n 3 "$W/$3.out" | sed 's/^/# /' >&2
	# results: NAME<TAB>pass|fail|skip<TAB>the first diagnostic line; the
	# boot's own troubles (a kernel complaint, a lost plan, ukl-run's
	# failure) apart
	ktap_guest "boot $3" "$W/$3.console" > "$W/$3.results"
	awk -F '\t' '$2 != "-" { print $2 "\t" $3 "\t" $4 }' "$W/$3.results" >> "$W/results"
	awk -F '\t' '$2 == "-"' "$W/$3.results" >> "$W/errors"
	[ $rc = 0 ] || printf 'boot %s\t-\terror\tukl-run exited %s\n' "$3" $rc >> "$W/errors"
}
: > "$W/results"
: > "$W/errors"
# the runner's list: a start of the app by name, or NAME PROGRAM
awk -F '\t' '!/^#/ && $2 == "shared" { print $1; if ($3 != "none") print "exec:/" $3 " /" $3 }' "$M" > "$W/shared.tests"
if [ -s "$W/shared.tests" ]; then
	[ -f "$out/suite.ukl" ] || die "no $out/suite.ukl"
	boot "$out/suite.ukl" "$W/shared.tests" shared
fi
i=0
awk -F '\t' '!/^#/ && $2 ~ /^alone:/ { print $1 "\t" substr($2, 7) "\t" $3 }' "$M" |
while IFS='	' read -r t app base; do
	i=$((i + 1))
	{ echo "$t"; [ "$base" = none ] || echo "exec:/$base /$base"; } > "$W/alone$i.tests"
	boot "$out/$app" "$W/alone$i.tests" "alone$i"
done

# one line per test: test, category, base, ukl, note
awk -F '\t' -v R="$W/results" '
	BEGIN { while ((getline l < R) > 0) { split(l, f, "\t"); res[f[1]] = f[2]; why[f[1]] = f[3] } }
	/^#/ { next }
	function way(name,    r) {
		if (!(name in res)) return "no-result"
		return res[name]
	}
	{
		t = $1; cat = t; sub(/\/.*/, "", cat); note = ""
		if ($4 == "n/a") { b = u = "n/a"; note = $5 }
		else if ($4 == "build-error") { b = u = "build-error"; note = $5 }
		else {
			u = ($2 == "none") ? "build-error" : way(t)
			b = ($3 == "none") ? "build-error" : way("exec:/" $3)
			if (u == "fail") note = "ukl: " why[t]
			if (b == "fail") note = note (note == "" ? "" : "; ") "base: " why["exec:/" $3]
			if ($2 == "none" || $3 == "none") note = $5
		}
		printf "%s\t%s\t%s\t%s\t%s\n", t, cat, b, u, note
	}' "$M" > "$W/report.tmp"
{ printf 'test\tcategory\tbase\tukl\tnote\n'; cat "$W/report.tmp"; } > "$out/report.tsv"

# the Markdown report
awk -F '\t' -v title="$(basename "$out")" '
	{ if (!($2 in c)) ord[++nc] = $2
	  c[$2]; n[$2]++; bp[$2] += $3 == "pass"; bf[$2] += $3 != "pass" && $3 != "n/a"
	  up[$2] += $4 == "pass"; uf[$2] += $4 != "pass" && $4 != "n/a"; na[$2] += $3 == "n/a"
	  row[NR] = $0 }
	END {
		printf "# %s: baseline (stock musl, normal process) and UKL\n\n", title
		print "| category | tests | baseline pass | baseline fail | UKL pass | UKL fail | n/a |"
		print "|---|---:|---:|---:|---:|---:|---:|"
		for (j = 1; j <= nc; j++) { k = ord[j]; printf "| %s | %d | %d | %d | %d | %d | %d |\n", k, n[k], bp[k], bf[k], up[k], uf[k], na[k]
			T += n[k]; BP += bp[k]; BF += bf[k]; UP += up[k]; UF += uf[k]; NA += na[k] }
		printf "| all | %d | %d | %d | %d | %d | %d |\n\n", T, BP, BF, UP, UF, NA
		print "UKL fails, baseline passes:\n"
		for (i = 1; i <= NR; i++) { split(row[i], f, "\t"); if (f[3] == "pass" && f[4] != "pass") { printf "- %s: %s\n", f[1], f[5]; m++ } }
		if (!m) print "- none"
		print "\n| test | baseline | UKL | note |"
		print "|---|---|---|---|"
		for (i = 1; i <= NR; i++) { split(row[i], f, "\t"); printf "| %s | %s | %s | %s |\n", f[1], f[3], f[4], f[5] }
	}' "$W/report.tmp" > "$out/report.md"
echo "# reports: $out/report.md, $out/report.tsv" >&2

if [ $check = no ]; then
	sed -n '3,/^$/p' "$out/report.md"
	if [ -s "$W/errors" ]; then
		cut -f 1,4 "$W/errors" | sed 's/^/# error: /'
		exit 1
	fi
	awk '/^UKL fails, baseline passes:/ { on = 1; print; next } on && /^- / { print } on && /^\|/ { exit }' "$out/report.md"
	! awk -F '\t' '$3 == "pass" && $4 != "pass" { bad = 1 } END { exit !bad }' "$W/report.tmp"
	exit
fi

# --check: one suite per way, classified by tests/lib/ktap.sh; a boot's
# troubles are errors of both
awk -F '\t' -v E="$W/errors" '
	{ for (w = 1; w <= 2; w++) {
		s = w == 1 ? "conformance-ukl" : "conformance-base"; r = w == 1 ? $4 : $3
		if (r == "n/a") printf "%s\t%s\tskip\tn/a: %s\n", s, $1, $5
		else if (r == "pass" || r == "skip") printf "%s\t%s\t%s\t\n", s, $1, r
		else printf "%s\t%s\tfail\t%s %s\n", s, $1, r, $5
	} }
	END { while ((getline l < E) > 0) { split(l, f, "\t")
		printf "conformance-ukl\t-\terror\t%s: %s\n", f[1], f[4]
		printf "conformance-base\t-\terror\t%s: %s\n", f[1], f[4] } }' "$W/report.tmp" |
	sort -s -t '	' -k 1,1r > "$W/classify"
ktap_report "$W/classify" "$known"
