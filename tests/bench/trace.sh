#!/bin/sh
# Where one call's instructions go: the same loop program as a UKL app, as
# a static binary linked with stock musl and with glibc, each in a boot of
# the UKL kernel; gdb (QEMU's stub) single-steps the second call of
# FUNCTION from its first instruction back to its caller and counts the
# instructions per function (kernel and libc alike).  An analysis of
# make bench's numbers, not a test.
# Usage: tests/bench/trace.sh BUILD_DIR [FUNCTION]   [getppid]
set -eu
[ $# -ge 1 ] || { echo "usage: tests/bench/trace.sh BUILD_DIR [FUNCTION]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
B=$(cd "$1" && pwd)
fn=${2:-getppid}
case $fn in ''|*[!a-z0-9_]*) echo "trace.sh: '$fn' is not a function name" >&2; exit 2 ;; esac
command -v gdb > /dev/null || { echo "trace.sh: needs gdb" >&2; exit 2; }
W=$B/bench/trace
rm -rf "$W" && mkdir -p "$W"
eval "$(sed -n '/^free_port() {$/,/^}$/p' "$top/tests/run-sample.sh")"

# the program: FUNCTION twice (the first call faults its pages in)
cat > "$W/call.c" <<EOF
#include <stdio.h>
#include <time.h>
#include <unistd.h>
int main(void)
{
	$(case $fn in
	getppid) echo 'volatile long r = getppid(); r = getppid();' ;;
	clock_gettime) echo 'struct timespec t; volatile long r = clock_gettime(CLOCK_MONOTONIC, &t); r = clock_gettime(CLOCK_MONOTONIC, &t);' ;;
	sched_yield) echo 'volatile long r = sched_yield(); r = sched_yield();' ;;
	*) echo "trace.sh: no call of '$fn' written here (getppid, clock_gettime, sched_yield)" >&2; exit 2 ;;
	esac)
	printf("result %ld\n", (long)r);
	return 0;
}
EOF
# the normal binaries at an address no other program of the guest uses,
# so that a breakpoint there is theirs
"$B/bin/x86_64-ukl-gcc" -O2 -o "$W/call.ukl" "$W/call.c"
"$B/x86_64-stock/bin/musl-gcc" -O2 -static -Wl,-Ttext-segment=0x10000000 -o "$W/call-stock" "$W/call.c"
gcc -O2 -static -Wl,-Ttext-segment=0x10000000 -o "$W/call-glibc" "$W/call.c"

cat > "$W/step.py" <<'EOF'
import gdb
gdb.execute("target remote 127.0.0.1:" + PORT)
gdb.execute("break *" + ADDR)
gdb.execute("continue")
gdb.execute("continue")
ret = int(gdb.parse_and_eval("*(unsigned long *)$sp"))
counts, order, n = {}, [], 0
while n < 20000:
    pc = int(gdb.parse_and_eval("$pc"))
    if pc == ret:
        break
    s = gdb.execute("info symbol %d" % pc, to_string=True)
    name = s.split(" in section")[0].split(" + ")[0].strip()
    if name.startswith("No symbol"):
        name = "(no symbol: %s)" % ("user" if pc < 1 << 47 else "kernel")
    if name not in counts:
        order.append(name)
    counts[name] = counts.get(name, 0) + 1
    n += 1
    gdb.execute("stepi", to_string=True)
with open(OUT, "w") as f:
    for k in order:
        f.write("%d\t%s\n" % (counts[k], k))
    f.write("%d\ttotal\n" % n)
gdb.execute("delete")
gdb.execute("detach")
EOF

# trace KIND ADDRESS SYMBOLS UKL-RUN-ARGS...: one boot, stepped by gdb
# (with the normal binary's symbols too, at their link addresses)
trace() {
	kind=$1 addr=$2 syms=$3; shift 3
	user=
	[ $kind = ukl ] || user="add-symbol-file $W/call-$kind"
	port=$(free_port 20000 60000)
	"$B/bin/ukl-run" -v --timeout 300 --gdb "$port" "$@" > "$W/$kind.run" 2>&1 & r=$!
	for i in $(seq 100); do grep -q '^BOOT' "$W/$kind.run" && break; sleep 0.2; done
	[ -n "$syms" ] || syms=$(sed -n 's/^GDB .* \(\/[^ ]*vmlinux-gdb\)$/\1/p' "$W/$kind.run")
	timeout 600 gdb -batch -nx -ex "python PORT='$port'; ADDR='$addr'; OUT='$W/$kind.tsv'" \
		${user:+-ex "$user"} -x "$W/step.py" "$syms" > "$W/$kind.gdb" 2>&1 || :
	wait $r || { cat "$W/$kind.run" "$W/$kind.gdb" >&2; echo "trace.sh: the $kind boot failed" >&2; exit 1; }
	[ -s "$W/$kind.tsv" ] || { cat "$W/$kind.gdb" >&2; echo "trace.sh: no trace of $kind" >&2; exit 1; }
}
echo "TRACE   $fn as a UKL app"
trace ukl "$fn" "" "$W/call.ukl"
symbols=$(sed -n 's/^GDB .* \(\/[^ ]*vmlinux-gdb\)$/\1/p' "$W/ukl.run")
for kind in stock glibc; do
	echo "TRACE   $fn in a static binary linked with $kind"
	addr=$(nm "$W/call-$kind" | awk -v f="$fn" '$3 == f || $3 == "__" f { print "0x" $1; exit }')
	[ -n "$addr" ] || { echo "trace.sh: no $fn in call-$kind" >&2; exit 1; }
	trace $kind "$addr" "$symbols" --add "$W/call-$kind:/call" --sh /call "$W/call.ukl"
done
echo
echo "instructions of the second call of $fn, per function (in the order first met)"
for kind in ukl stock glibc; do
	echo "== $kind: $(sed -n 's/\ttotal$//p' "$W/$kind.tsv") instructions"
	grep -v '	total$' "$W/$kind.tsv" | sed 's/^\([0-9]*\)\t/  \1  /'
done
