#!/bin/sh
# Run a built test tree (build-suite.sh's OUT) inside the UKL kernel under
# QEMU, two ways in the same boot: "ukl", each test as its own start of the
# multi-call UKL app (fresh globals every time), and "base", each test's
# baseline program (stock musl) as a normal process.  A test that needs an
# image of its own gets a boot of its own.  /init kills a test's whole
# process group after --timeout; ukl-run kills the VM after its watchdog.
#
# Writes OUT/report.md (counts per category for both columns, then every
# test) and OUT/report.tsv (test, category, base, ukl, note; results are
# pass, fail, n/a, build-error or no-result).
#
# Usage: run-guest.sh [options] OUT
#   --check        our own suite: every test must pass both ways; prints
#                  nested KTAP and "N passed, N failed, N skipped"
#                  (default: libc-test mode, where only a test that fails
#                  as UKL and passes as baseline fails the run)
#   --known FILE   known failures, lines "WAY TEST REASON" (WAY ukl or
#                  base; other ways are ignored); --check only
#   --timeout S    seconds per test [20]
#   --build DIR    musl-ukl's build directory, with the kernel and ukl-run
#                  [BUILD]
#   --help         this text
# BUILD is the build directory beside this script's repository (../../build).
set -u
me=run-guest.sh
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$here/../.." && pwd)/build
check=no known= tmo=20
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
	"$build/bin/ukl-run" --timeout "$wd" --test-timeout "$tmo" $common \
		--tests "$2" --log "$W/$3.console" "$1" > "$W/$3.out" 2>&1
	rc=$?
	echo "# boot $3: ukl-run exited $rc after $(($(date +%s) - start)) s" >&2
	[ $rc = 0 ] || tail -n 3 "$W/$3.out" | sed 's/^/# /' >&2
	# results: NAME<TAB>pass|fail<TAB>the first diagnostic line
	awk '/^KTAP version 1$/ { on = 1; next } on && /^ukl-init: done$/ { exit }
	     on && /^# / { if (why == "") why = substr($0, 3); next }
	     on && /^(not )?ok [0-9]+ / {
		r = ($1 == "ok") ? "pass" : "fail"
		name = $0; sub(/^(not )?ok [0-9]+ /, "", name)
		printf "%s\t%s\t%s\n", name, r, (r == "fail" ? why : "")
		why = "" }' "$W/$3.console" >> "$W/results"
}

: > "$W/results"
awk -F '\t' '!/^#/ && $2 == "shared" { print $1; if ($3 != "none") print "exec:/" $3 }' "$M" > "$W/shared.tests"
if [ -s "$W/shared.tests" ]; then
	[ -f "$out/suite.ukl" ] || die "no $out/suite.ukl"
	boot "$out/suite.ukl" "$W/shared.tests" shared
fi
i=0
awk -F '\t' '!/^#/ && $2 ~ /^alone:/ { print $1 "\t" substr($2, 7) "\t" $3 }' "$M" |
while IFS='	' read -r t app base; do
	i=$((i + 1))
	{ echo "$t"; [ "$base" = none ] || echo "exec:/$base"; } > "$W/alone$i.tests"
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
	awk '/^UKL fails, baseline passes:/ { on = 1; print; next } on && /^- / { print } on && /^\|/ { exit }' "$out/report.md"
	! awk -F '\t' '$3 == "pass" && $4 != "pass" { bad = 1 } END { exit !bad }' "$W/report.tmp"
	exit
fi

# --check: nested KTAP, one suite per way; a listed known failure is skipped
pass=0 fail=0 skip=0
echo "KTAP version 1"
echo "1..2"
k=0
for w in ukl base; do
	k=$((k + 1))
	col=4
	[ $w = ukl ] || col=3
	awk -F '\t' -v w="$w" -v col=$col -v K="$known" -v k=$k '
		BEGIN { if (K != "") while ((getline l < K) > 0) if (l !~ /^#/) {
			split(l, f, " "); if (f[1] == w) { r = l; sub(/^[^ ]+ +[^ ]+ */, "", r); kf[f[2]] = r } } }
		{ n++; t = $1; r = $col
		  if (r == "n/a") { lines = lines sprintf("  ok %d %s # SKIP n/a: %s\n", n, t, $5); s++ }
		  else if (r == "pass" && (t in kf)) { lines = lines sprintf("  not ok %d %s # passes but is listed in %s\n", n, t, K); f_++ }
		  else if (r == "pass") { lines = lines sprintf("  ok %d %s\n", n, t); p++ }
		  else if (t in kf) { lines = lines sprintf("  ok %d %s # SKIP known failure: %s\n", n, t, kf[t]); s++ }
		  else { lines = lines sprintf("  not ok %d %s # %s %s\n", n, t, r, $5); f_++ } }
		END { printf "# Subtest: %s\n  KTAP version 1\n  1..%d\n%s", w, n, lines
		      printf "  # Totals: pass:%d fail:%d skip:%d\n", p, f_, s
		      printf "%sok %d %s\n", (f_ || !p) ? "not " : "", k, w
		      printf "%d %d %d\n", p, f_, s > "/dev/stderr" }' "$W/report.tmp" 2> "$W/counts.$w"
	read -r p f s < "$W/counts.$w"
	pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + s))
done
echo "# Totals: pass:$pass fail:$fail skip:$skip"
echo "$pass passed, $fail failed, $skip skipped"
[ $fail = 0 ] && [ $pass -gt 0 ]
