#!/bin/sh
# make check: run test suites as nested KTAP and close with the totals.
# Usage: tests/check.sh NAME COMMAND [NAME COMMAND]...
#   each COMMAND (one shell word list) prints KTAP ending in
#   "N passed, N failed, N skipped" and exits non-zero on failure
set -u
[ $# -ge 2 ] && [ $(($# % 2)) = 0 ] || { echo "usage: tests/check.sh NAME COMMAND [NAME COMMAND]..." >&2; exit 2; }
echo "KTAP version 1"
echo "1..$(($# / 2))"
n=0 pass=0 fail=0 skip=0 bad=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT INT TERM HUP
while [ $# -gt 0 ]; do
	name=$1 cmd=$2
	shift 2
	n=$((n + 1))
	echo "# Subtest: $name"
	sh -c "$cmd" > "$log" 2>&1
	rc=$?
	sed 's/^/  /' "$log"
	counts=$(tail -n 1 "$log" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed, \([0-9]*\) skipped$/\1 \2 \3/p')
	if [ -z "$counts" ]; then
		echo "# $name: no closing 'N passed, N failed, N skipped' line"
		counts="0 1 0"
	fi
	set -- $counts "$@"
	pass=$((pass + $1)) fail=$((fail + $2)) skip=$((skip + $3))
	shift 3
	if [ $rc = 0 ] && [ -n "$counts" ]; then echo "ok $n $name"; else echo "not ok $n $name"; bad=1; fi
done
echo "# Totals: pass:$pass fail:$fail skip:$skip"
echo "$pass passed, $fail failed, $skip skipped"
[ $bad = 0 ] && [ $fail = 0 ] && [ $pass -gt 0 ]
