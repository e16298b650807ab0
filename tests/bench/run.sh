#!/bin/sh
# make bench: the same loops in the UKL app and in a normal static process
# (hosted musl-ukl), in one boot, under plain TCG (guest ns/op) and under
# -icount shift=0 (guest instructions/op); a table with the ratio.  Prints
# numbers; never passes or fails on them.
# Usage: tests/bench/run.sh BUILD_DIR
set -eu
[ $# = 1 ] || { echo "usage: tests/bench/run.sh BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
B=$(cd "$1" && pwd)
W=$B/bench
mkdir -p "$W"
"$B/bin/x86_64-ukl-gcc" -O2 -o "$W/bench.ukl" "$here/bench.c"
"$B/bin/x86_64-ukl-hosted-gcc" -O2 -o "$W/bench-normal" "$here/bench.c"
printf 'bench\nexec:/bench-normal /bench-normal\n' > "$W/list"

for kind in tcg icount; do
	flag=
	[ $kind = tcg ] || flag=--icount
	"$B/bin/ukl-run" $flag --tests "$W/list" --add "$W/bench-normal" \
		--log "$W/$kind.log" "$W/bench.ukl" > "$W/$kind.out" 2>&1 ||
		{ cat "$W/$kind.out"; exit 1; }
done
link=$(sed -n 's/^LINK .* in \(.*\) s$/\1/p' "$W/tcg.out")
# the compressed image a bootloader would take (ukl-run boots vmlinux)
make -s -C "$B/linux-6.1" O="$B/kernel-6.1" UKL_APP="$W/bench.ukl" bzImage > "$W/bzimage.log" 2>&1 ||
	{ cat "$W/bzimage.log"; exit 1; }

echo "musl-ukl benchmarks: Linux $(cat "$B/linux-6.1.orig/.debian-version" 2>/dev/null) + UKL, QEMU TCG (2 vCPUs; 1 under icount), $(date -u +%Y-%m-%d)"
echo
printf '%-16s %12s %12s %7s %14s %14s %7s\n' loop "ukl ns" "normal ns" ratio "ukl instr" "normal instr" ratio
for name in call getppid clock_gettime pipe-write-read; do
	v() { sed -n "s/^# bench $2 $name \\([0-9.]*\\) ns\\/op$/\\1/p" "$W/$1.log" | head -n 1; }
	u=$(v tcg ukl) n=$(v tcg normal) ui=$(v icount ukl) ni=$(v icount normal)
	printf '%-16s %12s %12s %7s %14s %14s %7s\n' "$name" "$u" "$n" \
		"$(echo "scale=2; $u / $n" | bc 2>/dev/null)" "$ui" "$ni" \
		"$(echo "scale=2; $ui / $ni" | bc 2>/dev/null)"
done
echo
echo "boot to main (guest CLOCK_BOOTTIME, TCG): $(sed -n 's/^# bench ukl boot-to-main \(.*\) s$/\1/p' "$W/tcg.log") s"
echo "relink of the app into vmlinux: $link s"
echo "app object: $(stat -c %s "$W/bench.ukl") bytes; vmlinux: $(stat -c %s "$B/kernel-6.1/vmlinux") bytes; bzImage: $(stat -c %s "$B/kernel-6.1/arch/x86/boot/bzImage") bytes"
echo "(icount: 1 guest ns = 1 instruction; normal = the same libc built hosted, no vDSO)"
