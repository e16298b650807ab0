#!/bin/sh
# make check: run test suites as nested KTAP and close with the totals.
# Usage: tests/check.sh NAME COMMAND [NAME COMMAND]...
#   each COMMAND (one shell word list) prints KTAP (tests/lib/ktap.sh) and
#   exits non-zero on failure (4: it only skipped).  A suite is "ok" only
#   if it exited 0, printed kselftest's "# Totals:" line counting no
#   failure, and its plan matches its results, none of them "not ok"; the
#   totals of the suites are added up.
set -u
[ $# -ge 2 ] && [ $(($# % 2)) = 0 ] || { echo "usage: tests/check.sh NAME COMMAND [NAME COMMAND]..." >&2; exit 2; }
echo "KTAP version 1"
echo "1..$(($# / 2))"
n=0 bad=0
sum="0 0 0 0 0 0"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
trap 'exit 130' INT TERM HUP
while [ $# -gt 0 ]; do
	name=$1 cmd=$2
	shift 2
	n=$((n + 1))
	echo "# Subtest: $name"
	sh -c "$cmd" > "$log" 2>&1
	rc=$?
	sed 's/^/  /' "$log"
	# the suite's own top level: its plan, its results, its totals
	verdict=$(awk -v rc=$rc -v sum="$sum" '
		/^1\.\.[0-9]+$/ && plan == "" { plan = substr($0, 4) + 0 }
		/^(not )?ok [0-9]+ / { n++ }
		/^not ok [0-9]+ / { bad++ }
		/^# Totals: pass:[0-9]+ fail:[0-9]+ xfail:[0-9]+ xpass:[0-9]+ skip:[0-9]+ error:[0-9]+$/ { tot = $0 }
		END {
			split(sum, s, " ")
			if (tot != "") split(tot, t, /[ :]+/)
			for (i = 1; i <= 6; i++) { v[i] = t[2 * i + 2] + 0; s[i] += v[i] }
			why = ""
			if (tot == "") why = "no # Totals line"
			else if (plan == "") why = "no plan"
			else if (n != plan) why = "plan 1.." plan ", " n " results"
			else if (!n) why = "no test ran"
			else if (bad) why = bad " not ok"
			else if (v[2] + v[4] + v[6]) why = "its totals count failures"
			else if (rc == 4 && !(v[1] + v[3])) why = "SKIP"
			else if (rc != 0) why = "exit status " rc
			if (why != "" && why != "SKIP" && tot == "") s[6]++
			printf "%d %d %d %d %d %d\t%s\n", s[1], s[2], s[3], s[4], s[5], s[6], why
		}' "$log")
	sum=${verdict%%	*} why=${verdict#*	}
	case $why in
	"") echo "ok $n $name" ;;
	SKIP) echo "ok $n $name # SKIP" ;;
	*) echo "# $name: $why"; echo "not ok $n $name"; bad=1 ;;
	esac
done
set -- $sum
echo "# Totals: pass:$1 fail:$2 xfail:$3 xpass:$4 skip:$5 error:$6"
echo "$1 passed, $(($2 + $4 + $6)) failed, $(($3 + $5)) skipped"
[ $bad = 0 ] && [ $(($2 + $4 + $6)) = 0 ] && [ "$1" -gt 0 ]
