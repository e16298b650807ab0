#!/bin/sh
# The tools suite: ukl-run as a user runs it, on the built kernel.  An app
# object named app.o beside its app.c links as it is (kbuild must not
# recompile it); the second run of an unchanged app boots without a
# relink; two runs of different apps at once each give their own output
# and status; --memory reaches the guest.  Results through tests/lib/ktap.sh.
# Usage: tests/tools/run.sh BUILD_DIR
set -u
[ $# = 1 ] || { echo "usage: tests/tools/run.sh BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
B=$(cd "$1" && pwd)
W=$B/tools
suite=tools
. "$top/tests/lib/ktap.sh"
rm -rf "$W" && mkdir -p "$W/src" || exit 1
: > "$W/results"

# result NAME STATUS LOG: one result line; STATUS 0 passes
result() {
	if [ "$2" = 0 ]; then o=pass; else o=fail; fi
	printf '%s\t%s\t%s\t%s\t%s\n' "$suite" "$1" $o "$(tail -n 1 "$3" | tr '\t' ' ')" "$3" >> "$W/results"
}
# run LOG ARGS...: ukl-run ARGS with its output in LOG; its status
run() {
	log=$1; shift
	"$B/bin/ukl-run" --timeout 120 "$@" > "$log" 2>&1
}

# an app object app.o beside an app.c newer than it
cp "$here/say.c" "$W/src/say.c"
(cd "$W/src" && "$B/bin/x86_64-ukl-gcc" -O2 -o say.o say.c) || exit 1
touch "$W/src/say.c"
t() {
	run "$W/app-o.log" "$W/src/say.o" -- beside 7
	st=$?
	echo "exit status $st" >> "$W/app-o.log"
	[ $st = 7 ] && grep -q '^say: beside$' "$W/app-o.log" && cmp -s "$here/say.c" "$W/src/say.c"
}
t; result app-o-beside-c $? "$W/app-o.log"

# the same app again: no relink, unless asked for
t() {
	run "$W/cached.log" "$W/src/say.o" -- again 0 &&
	grep -q '^LINK    cached: say.o unchanged' "$W/cached.log" && grep -q '^say: again$' "$W/cached.log" &&
	run "$W/relink.log" --relink "$W/src/say.o" -- relinked 0 &&
	cat "$W/relink.log" >> "$W/cached.log" &&
	grep -q '^LINK    vmlinux with say.o in' "$W/relink.log" && grep -q '^say: relinked$' "$W/relink.log"
}
t; result cached-relink $? "$W/cached.log"

# two different apps at once (each its own copy of the object, linked one
# after the other), with their own output and status
"$B/bin/x86_64-ukl-gcc" -O2 -DWHO=1 -o "$W/a.ukl" "$here/say.c" &&
	"$B/bin/x86_64-ukl-gcc" -O2 -DWHO=2 -o "$W/b.ukl" "$here/say.c" || exit 1
t() {
	run "$W/a.log" "$W/a.ukl" -- first 3 & a=$!
	run "$W/b.log" "$W/b.ukl" -- second 5 & b=$!
	wait $a; sa=$?
	wait $b; sb=$?
	echo "statuses $sa $sb" >> "$W/b.log"
	cat "$W/a.log" >> "$W/b.log"
	[ $sa = 3 ] && [ $sb = 5 ] && grep -q '^say: first$' "$W/a.log" && grep -q '^app 1$' "$W/a.log" &&
		grep -q '^say: second$' "$W/b.log" && grep -q '^app 2$' "$W/b.log" && ! grep -q 'app 2' "$W/a.log"
}
t; result concurrent-runs $? "$W/b.log"

# --memory: the guest's MemTotal below the size given
t() {
	run "$W/memory.log" --memory 256 "$W/src/say.o" -- memory 0 meminfo || return 1
	kb=$(sed -n 's/^MemTotal: *\([0-9]*\) kB.*/\1/p' "$W/memory.log")
	echo "MemTotal $kb kB" >> "$W/memory.log"
	[ -n "$kb" ] && [ "$kb" -le 262144 ] && [ "$kb" -gt 131072 ]
}
t; result memory $? "$W/memory.log"

ktap_report "$W/results" "$top/tests/known-failures"
