#!/bin/sh
# make run: build the sample with x86_64-ukl-gcc, link it into the UKL
# kernel (a relink) and boot it under QEMU with ukl-run.
# Usage: tests/run-sample.sh BUILD_DIR
set -eu
[ $# = 1 ] || { echo "usage: tests/run-sample.sh BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
B=$(cd "$1" && pwd)

# free_port LO HI: a port in LO..HI, from a random start, that no TCP socket
# of this host has as its local port (the forward binds 127.0.0.1)
free_port() {
	set -- "$1" "$2" "$(od -An -N4 -tu4 /dev/urandom)" /dev/null
	[ ! -r /proc/net/tcp ] || set -- "$@" /proc/net/tcp
	[ ! -r /proc/net/tcp6 ] || set -- "$@" /proc/net/tcp6
	lo=$1 hi=$2 r=$3; shift 3
	awk -v lo="$lo" -v hi="$hi" -v r="$r" '
		function hex(s,  n, i) {
			for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789ABCDEF", toupper(substr(s, i, 1))) - 1
			return n
		}
		FNR > 1 { sub(/.*:/, "", $2); used[hex($2)] = 1 }
		END {
			n = hi - lo + 1
			for (i = 0; i < n; i++) { p = lo + (r + i) % n; if (!(p in used)) { print p; exit } }
			exit 1
		}' "$@"
}

# kill_tree PID: end PID and all it started (ukl-run: the link, QEMU), found
# in /proc again each round, as ukl-run outlives a TERM
kill_tree() {
	for i in $(seq 25) kill; do
		pids=$(cat /proc/[0-9]*/stat 2>/dev/null | awk -v top="$1" '
			{ s = $0; sub(/.*\) /, "", s); split(s, f, " "); kids[f[2]] = kids[f[2]] " " $1; if (f[1] != "Z") live[$1] = 1 }
			function walk(p,  k, n, i) { if (p in live) print p; n = split(kids[p], k, " "); for (i = 1; i <= n; i++) walk(k[i]) }
			END { walk(top) }')
		[ -n "$pids" ] || return 0
		if [ $i = kill ]; then kill -9 $pids 2>/dev/null; else kill $pids 2>/dev/null; fi || :
		sleep 0.2
	done
}
vm=
trap '[ -z "$vm" ] || kill_tree $vm' EXIT
trap 'exit 1' INT TERM HUP

mkdir -p "$B/sample"
echo "CC      tests/sample/hello.c -> $B/sample/hello.ukl"
"$B/bin/x86_64-ukl-gcc" -O2 -o "$B/sample/hello.ukl" "$here/sample/hello.c"
echo "RUN     $B/bin/ukl-run $B/sample/hello.ukl -- one two"
"$B/bin/ukl-run" "$B/sample/hello.ukl" -- one two

# the echo server, answering a client on the host through QEMU's user
# networking; built as a normal program too, from the same source
"$B/bin/x86_64-ukl-gcc" -O2 -o "$B/sample/echo.ukl" "$here/sample/echo.c"
"$B/bin/x86_64-ukl-hosted-gcc" -O2 -o "$B/sample/echo-normal" "$here/sample/echo.c"
# a port taken between free_port and QEMU's bind fails the forward: again
# on another
for try in 1 2 3 4 5; do
	port=$(free_port 20000 60000) || { echo "run-sample.sh: no free TCP port in 20000-60000" >&2; exit 1; }
	echo "RUN     $B/bin/ukl-run --net $port:7 $B/sample/echo.ukl -- 7"
	"$B/bin/ukl-run" --timeout 120 --net "$port:7" "$B/sample/echo.ukl" -- 7 > "$B/sample/echo.out" 2>&1 &
	vm=$!
	i=0
	until grep -q 'echo: listening' "$B/sample/echo.out"; do
		i=$((i + 1))
		[ $i -lt 600 ] && kill -0 $vm 2>/dev/null || break
		sleep 0.1
	done
	grep -q 'echo: listening' "$B/sample/echo.out" && break
	if [ $try -lt 5 ] && ! kill -0 $vm 2>/dev/null &&
	   grep -qi 'could not set up host forwarding' "$B/sample/echo.out"; then
		wait $vm || :
		vm=
		echo "        port $port was taken; again"
		continue
	fi
	cat "$B/sample/echo.out"; echo "run-sample.sh: the echo server did not start" >&2; exit 1
done
bash -c 'exec 3<>/dev/tcp/127.0.0.1/$1 &&
	echo "hello from the host" >&3 && read -r reply <&3 && echo "client: sent \"hello from the host\", got \"$reply\"" &&
	echo quit >&3 && read -r bye <&3 && echo "client: sent \"quit\", got \"$bye\""' client "$port"
st=0
wait $vm || st=$?
vm=
sed 's/^/        /' "$B/sample/echo.out"
exit $st
