#!/bin/sh
# The tools suite: ukl-run as a user runs it, on the built kernel.  An app
# object named app.o beside its app.c links as it is (kbuild must not
# recompile it); the second run of an unchanged app boots without a
# relink; two runs of different apps at once each give their own output
# and status; --memory reaches the guest; gdb stops in the app's main with
# --gdb; --sh runs a command line around the app.  Results through tests/lib/ktap.sh.
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

# an app object app.o beside an app.c newer than it (--relink: an earlier
# run of this suite cached the same object)
cp "$here/say.c" "$W/src/say.c"
(cd "$W/src" && "$B/bin/x86_64-ukl-gcc" -O2 -o say.o say.c) || exit 1
touch "$W/src/say.c"
t() {
	run "$W/app-o.log" --relink "$W/src/say.o" -- beside 7
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
# after the other: --relink, as an earlier run cached them), with their
# own output and status
"$B/bin/x86_64-ukl-gcc" -O2 -DWHO=1 -o "$W/a.ukl" "$here/say.c" &&
	"$B/bin/x86_64-ukl-gcc" -O2 -DWHO=2 -o "$W/b.ukl" "$here/say.c" || exit 1
t() {
	run "$W/a.log" --relink "$W/a.ukl" -- first 3 & a=$!
	run "$W/b.log" --relink "$W/b.ukl" -- second 5 & b=$!
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

# --sh: a command line around the app, with its status; the app under
# its own name (say.o: say) or --name's, busybox's applets beside it; the
# working directory --cwd makes
t() {
	st=0
	run "$W/sh.log" --sh 'say one 0 && say two 3; echo "status $?"; say three 0 | tr a-z A-Z; exit 5' \
		"$W/src/say.o" || st=$?
	run "$W/sh-name.log" --name talk --cwd /tmp/work --sh 'talk hello 0 > out; pwd; cat out' "$W/src/say.o" || return 1
	cat "$W/sh-name.log" >> "$W/sh.log"
	echo "exit status $st" >> "$W/sh.log"
	[ $st = 5 ] && grep -q '^say: two$' "$W/sh.log" && grep -q '^status 3$' "$W/sh.log" &&
		grep -q '^SAY: THREE$' "$W/sh.log" && grep -q '^say: hello$' "$W/sh.log" && grep -q '^/tmp/work$' "$W/sh.log"
}
t; result sh $? "$W/sh.log"

# --gdb: gdb stops in the app's main (its source name in the symbol file),
# detaches, and the app runs to its end
eval "$(sed -n '/^free_port() {$/,/^}$/p' "$top/tests/run-sample.sh")"
t() {
	command -v gdb > /dev/null || { echo "no gdb on this machine" > "$W/gdb.log"; return 4; }
	port=$(free_port 20000 60000) || return 1
	run "$W/gdb-run.log" --gdb "$port" "$W/src/say.o" -- debugged 4 & r=$!
	for i in $(seq 100); do grep -q '^BOOT' "$W/gdb-run.log" && break; sleep 0.2; done
	symbols=$(sed -n 's/^GDB .* \(\/[^ ]*vmlinux-gdb\)$/\1/p' "$W/gdb-run.log")
	timeout 60 gdb -batch -nx -ex "target remote 127.0.0.1:$port" -ex 'break main' -ex continue \
		-ex delete -ex detach "$symbols" > "$W/gdb.log" 2>&1
	wait $r; st=$?
	cat "$W/gdb-run.log" >> "$W/gdb.log"
	echo "exit status $st" >> "$W/gdb.log"
	[ $st = 4 ] && grep -q 'hit Breakpoint 1, 0x[0-9a-f]* in main ()' "$W/gdb.log" && grep -q '^say: debugged$' "$W/gdb.log"
}
t; st=$?
if [ $st = 4 ]; then
	printf '%s\tgdb\tskip\tno gdb on this machine\n' "$suite" >> "$W/results"
else
	result gdb $st "$W/gdb.log"
fi

ktap_report "$W/results" "$top/tests/known-failures"
