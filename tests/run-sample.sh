#!/bin/sh
# make run: build the sample with x86_64-ukl-gcc, link it into the UKL
# kernel (a relink) and boot it under QEMU with ukl-run.
# Usage: tests/run-sample.sh BUILD_DIR
set -eu
[ $# = 1 ] || { echo "usage: tests/run-sample.sh BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
B=$(cd "$1" && pwd)
mkdir -p "$B/sample"
echo "CC      tests/sample/hello.c -> $B/sample/hello.ukl"
"$B/bin/x86_64-ukl-gcc" -O2 -o "$B/sample/hello.ukl" "$here/sample/hello.c"
echo "RUN     $B/bin/ukl-run $B/sample/hello.ukl -- one two"
"$B/bin/ukl-run" "$B/sample/hello.ukl" -- one two

# the echo server, answering a client on the host through QEMU's user
# networking; built as a normal program too, from the same source
"$B/bin/x86_64-ukl-gcc" -O2 -o "$B/sample/echo.ukl" "$here/sample/echo.c"
"$B/bin/x86_64-ukl-hosted-gcc" -O2 -o "$B/sample/echo-normal" "$here/sample/echo.c"
port=$((20000 + $$ % 20000))
echo "RUN     $B/bin/ukl-run --net $port:7 $B/sample/echo.ukl -- 7"
"$B/bin/ukl-run" --timeout 120 --net "$port:7" "$B/sample/echo.ukl" -- 7 > "$B/sample/echo.out" 2>&1 &
vm=$!
i=0
until grep -q 'echo: listening' "$B/sample/echo.out"; do
	i=$((i + 1))
	[ $i -lt 600 ] && kill -0 $vm 2>/dev/null || { cat "$B/sample/echo.out"; echo "run-sample.sh: the echo server did not start" >&2; exit 1; }
	sleep 0.1
done
bash -c 'exec 3<>/dev/tcp/127.0.0.1/$1 &&
	echo "hello from the host" >&3 && read -r reply <&3 && echo "client: sent \"hello from the host\", got \"$reply\"" &&
	echo quit >&3 && read -r bye <&3 && echo "client: sent \"quit\", got \"$bye\""' client "$port"
wait $vm
sed 's/^/        /' "$B/sample/echo.out"
