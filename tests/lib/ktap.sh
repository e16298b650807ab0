# The one KTAP library of the test runners (POSIX sh, sourced).
#
# A runner writes its results to a file, one line per test:
#
#	SUITE <TAB> TEST <TAB> OUTCOME <TAB> DIAGNOSTIC [<TAB> LOG]
#
# OUTCOME is pass, fail, skip (DIAGNOSTIC says why) or error: the run
# itself went wrong (no plan, a wrong count, a kernel oops); TEST is then
# "-".  LOG, a file, is the test's output: its last 40 lines are shown,
# prefixed "# ", when the test fails.  ktap_report classifies the results against the known failures
# (tests/known-failures, lines "SUITE TEST REASON") and prints KTAP as
# kselftest does: a listed failing test is "ok N TEST # XFAIL REASON", a
# listed passing one "not ok N TEST # XPASS" (the list must shrink), a
# listed one that did not run is named in a comment, and
# the totals line "# Totals: pass:N fail:N xfail:N xpass:N skip:N error:N"
# that tests/check.sh reads.  Exit status, as everywhere here: 0 pass,
# 4 skip, anything else fails.

# ktap_report RESULTS KNOWN: print KTAP for RESULTS, one suite flat, more
# than one as nested subtests.  Exit 0 when nothing failed, passed while
# listed or went wrong and a test ran; 4 when every test skipped; else 1.
ktap_report() {
	awk -F '\t' -v K="$2" '
	BEGIN {
		while ((getline l < K) > 0) {
			if (l ~ /^#/ || l !~ /[^ ]/) continue
			split(l, f, " ")
			r = l; sub(/^ *[^ ]+ +[^ ]+ */, "", r)
			known[f[1] SUBSEP f[2]] = r; kord[++nk] = f[1] SUBSEP f[2]
		}
	}
	!($1 in seen) { seen[$1]; order[++ns] = $1 }
	{ row[$1, ++cnt[$1]] = $0; ran[$1, $2] }
	function tail(file, ind,    l, i, n, buf, out) {
		while ((getline l < file) > 0) buf[++n] = l
		close(file)
		for (i = n > 40 ? n - 39 : 1; i <= n; i++) out = out ind "# " buf[i] "\n"
		return out
	}
	function suite(s, ind,    i, f, t, o, d, k, n, out, P, F, XF, XP, S, E) {
		# a listed test this suite did not run: gone, or left out by a
		# selection (--tests); said, not counted
		for (i = 1; i <= nk; i++) {
			split(kord[i], f, SUBSEP)
			if (f[1] == s && !((s, f[2]) in ran)) out = out sprintf("%s# %s is listed in %s but did not run\n", ind, f[2], K)
		}
		for (i = 1; i <= cnt[s]; i++) {
			split(row[s, i], f, "\t"); t = f[2]; o = f[3]; d = f[4]
			if (o == "error") { out = out sprintf("%s# error: %s\n", ind, d); E++; continue }
			n++; k = (s SUBSEP t) in known
			if (o == "pass" && k) { out = out sprintf("%snot ok %d %s # XPASS listed in %s: %s\n", ind, n, t, K, known[s, t]); XP++ }
			else if (o == "pass") { out = out sprintf("%sok %d %s\n", ind, n, t); P++ }
			else if (o == "skip") { out = out sprintf("%sok %d %s # SKIP %s\n", ind, n, t, d); S++ }
			# the listed failure, not a test gone missing or unbuilt
			else if (k && d !~ /^(no result|build error)/) { out = out sprintf("%sok %d %s # XFAIL %s\n", ind, n, t, known[s, t]); XF++ }
			else {
				if (f[5] != "") out = out tail(f[5], ind)
				else if (d != "") out = out ind "# " d "\n"
				out = out sprintf("%snot ok %d %s\n", ind, n, t); F++
			}
		}
		printf "%sKTAP version 1\n%s1..%d\n%s", ind, ind, n, out
		printf "%s# Totals: pass:%d fail:%d xfail:%d xpass:%d skip:%d error:%d\n", ind, P, F, XF, XP, S, E
		tp += P; tf += F; txf += XF; txp += XP; ts += S; te += E
		# 0 passed, 4 skipped (only skips), 1 failed
		return F || XP || E ? 1 : P + XF ? 0 : 4
	}
	END {
		if (!ns) {
			print "KTAP version 1\n1..0\n# error: no results"
			print "# Totals: pass:0 fail:0 xfail:0 xpass:0 skip:0 error:1"
			exit 1
		}
		if (ns == 1)
			exit suite(order[1], "")
		rc = 4
		printf "KTAP version 1\n1..%d\n", ns
		for (j = 1; j <= ns; j++) {
			printf "# Subtest: %s\n", order[j]
			r = suite(order[j], "  ")
			printf "%sok %d %s%s\n", r == 1 ? "not " : "", j, order[j], r == 4 ? " # SKIP" : ""
			if (r == 1 || (r == 0 && rc == 4)) rc = r
		}
		printf "# Totals: pass:%d fail:%d xfail:%d xpass:%d skip:%d error:%d\n", tp, tf, txf, txp, ts, te
		exit rc
	}' "$1"
}

# ktap_parse SUITE < KTAP: the results of a flat KTAP stream (what the
# guest's runner prints), appended to stdout as result lines.  The
# diagnostic of a failure is the first "# " line since the previous
# result, after the result line's directive.  A missing plan or a count
# that differs from it is an error.
ktap_parse() {
	awk -v S="$1" '
	/^KTAP version 1$/ { on = 1; next }
	!on { next }
	/^1\.\.[0-9]+$/ && plan == "" { plan = substr($0, 4) + 0; next }
	/^# / { if (why == "") why = substr($0, 3); next }
	/^(not )?ok [0-9]+ / {
		n++
		t = $0; sub(/^(not )?ok [0-9]+ /, "", t)
		dir = ""; if ((i = index(t, " # ")) > 0) { dir = substr(t, i + 3); t = substr(t, 1, i - 1) }
		if ($1 == "ok" && dir ~ /^SKIP/) { o = "skip"; d = substr(dir, 6) }
		else if ($1 == "ok") { o = "pass"; d = "" }
		else { o = "fail"; d = dir (dir != "" && why != "" ? ": " : "") why }
		printf "%s\t%s\t%s\t%s\n", S, t, o, d
		why = ""
	}
	END {
		if (plan == "") printf "%s\t-\terror\tno KTAP plan\n", S
		else if (n != plan) printf "%s\t-\terror\tplan 1..%d, %d results\n", S, plan, n
	}'
}

# ktap_expect SUITE LIST RESULTS: a fail line for every test named in LIST
# (one per line) that RESULTS has no result for in SUITE
ktap_expect() {
	awk -F '\t' -v S="$1" -v R="$3" '
		BEGIN { while ((getline l < R) > 0) { split(l, f, "\t"); if (f[1] == S) got[f[2]] } }
		!($0 in got) { printf "%s\t%s\tfail\tno result\n", S, $0 }' "$2"
}

# ktap_console SUITE CONSOLE: an error line for the first sign of a kernel
# in trouble on a guest's console (any oops, BUG, WARNING, panic, hung task
# or RCU stall), not counting the tests' own output ("# " lines)
ktap_console() {
	awk -v S="$1" '!/^# / && /BUG:|WARNING:|INFO:|Oops|Kernel panic|general protection fault/ {
		gsub(/\t/, " "); printf "%s\t-\terror\tthe kernel complained: %s\n", S, $0; exit }' "$2"
}

# ktap_outcome STATUS: the outcome of a test command's exit status
ktap_outcome() {
	case $1 in
	0) echo pass ;;
	4) echo skip ;;
	*) echo fail ;;
	esac
}

# ktap_guest SUITE CONSOLE: the results of a guest boot's console: the
# runner's KTAP between /init's start and end lines, then the kernel's
# complaints
ktap_guest() {
	awk '/ukl-init: start$/ { on = 1; next } on && /^ukl-init: done$/ { exit } on' "$2" | ktap_parse "$1"
	ktap_console "$1" "$2"
}
