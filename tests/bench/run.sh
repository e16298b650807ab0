#!/bin/sh
# make bench: the loops of bench.c as the UKL app and as what a user would
# run instead, static binaries linked with stock musl (vDSO and all) and
# with the host's glibc, plus hosted musl-ukl, in one boot: under
# -icount shift=0 (guest instructions/op, exact; the figure to steer by)
# and under plain TCG (guest ns/op).  A third boot runs the stock-musl and
# glibc binaries on the UNIKERNEL_LINUX=n kernel, so the cost of UKL to
# normal processes shows.  Prints the tables and writes
# BUILD_DIR/bench/results.tsv; never passes or fails on the numbers.
# Usage: tests/bench/run.sh BUILD_DIR
set -eu
[ $# = 1 ] || { echo "usage: tests/bench/run.sh BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
B=$(cd "$1" && pwd)
W=$B/bench
mkdir -p "$W"
"$B/bin/x86_64-ukl-gcc" -O2 -o "$W/bench.ukl" "$here/bench.c"
"$B/x86_64-stock/bin/musl-gcc" -O2 -static -o "$W/bench-stock" "$here/bench.c"
"${CC:-cc}" -O2 -static -pthread -o "$W/bench-glibc" "$here/bench.c"
"$B/bin/x86_64-ukl-hosted-gcc" -O2 -o "$W/bench-hosted" "$here/bench.c"
"$B/bin/x86_64-ukl-gcc" -O2 -DBIG_BSS -o "$W/bench-big.ukl" "$here/bench.c"
"$B/x86_64-stock/bin/musl-gcc" -O2 -static -DBIG_BSS -o "$W/bench-big-stock" "$here/bench.c"
adds="--add $W/bench-stock --add $W/bench-glibc --add $W/bench-hosted"

printf '%s\n' "ukl /ukl ukl" "stock /bench-stock stock" "glibc /bench-glibc glibc" \
	"hosted /bench-hosted hosted" > "$W/list"
printf '%s\n' "stock /bench-stock stock-noukl" "glibc /bench-glibc glibc-noukl" > "$W/list-noukl"
printf '%s\n' "ukl /ukl ukl" "stock /bench-big-stock stock" > "$W/list-big"

# boot KIND FLAGS...: one QEMU run of a list, its console in KIND.log;
# app: the UKL app of the run
app=$W/bench.ukl
boot() {
	kind=$1
	shift
	echo "BENCH   $kind (log: $W/$kind.log)"
	"$B/bin/ukl-run" -v --accel tcg "$@" $adds --log "$W/$kind.log" "$app" > "$W/$kind.out" 2>&1 ||
		{ cat "$W/$kind.out"; exit 1; }
}
# tsc=reliable: with two TCG vCPUs the kernel would read the HPET, and the
# vDSO and UKL's clock functions would make the system call
boot tcg --relink --append tsc=reliable --tests "$W/list"
boot icount --icount --tests "$W/list"
boot icount-noukl --icount --kernel "$B/kernel-6.1-noukl" --tests "$W/list-noukl"
# fork with 16 MiB of bss in use: UKL copies it, Linux shares it copy-on-write
app=$W/bench-big.ukl adds="--add $W/bench-big-stock"
boot icount-big --icount --tests "$W/list-big"
link=$(sed -n 's/^LINK .* in \([0-9.]*\) s .*$/\1/p' "$W/tcg.out")
# the compressed image a bootloader would take (ukl-run boots vmlinux)
make -s -C "$B/linux-6.1" O="$B/kernel-6.1" UKL_APP="$W/bench.ukl" bzImage > "$W/bzimage.log" 2>&1 ||
	{ cat "$W/bzimage.log"; exit 1; }

# v LOG LABEL: LABEL's ns/op for $name in LOG.log
v() { sed -n "s/^# bench $2 $name \\([0-9.]*\\) ns\\/op$/\\1/p" "$W/$1.log" | head -n 1; }
# results.tsv: loop, then instructions/op per column, then ns/op
{
	printf 'loop\tukl_instr\tstock_instr\tglibc_instr\thosted_instr\tstock_noukl_instr\tglibc_noukl_instr\tukl_ns\tstock_ns\tglibc_ns\thosted_ns\n'
	for name in call getppid clock_gettime gettimeofday pipe-write-read pread-4k sched_yield futex-wake unix-echo-rr \
		fork-exit-wait fork-16m-bss; do
		ic=icount
		[ $name != fork-16m-bss ] || ic=icount-big
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" \
			"$(v $ic ukl)" "$(v $ic stock)" "$(v $ic glibc)" "$(v $ic hosted)" \
			"$(v icount-noukl stock-noukl)" "$(v icount-noukl glibc-noukl)" \
			"$(v tcg ukl)" "$(v tcg stock)" "$(v tcg glibc)" "$(v tcg hosted)"
	done
} > "$W/results.tsv.tmp"
mv "$W/results.tsv.tmp" "$W/results.tsv"

echo "musl-ukl benchmarks: Linux $(cat "$B/linux-6.1.orig/.debian-version" 2>/dev/null) + UKL, QEMU TCG on $(uname -m), $(date -u +%Y-%m-%d)"
echo
awk -F '\t' '
	function r(a, b) { return (a == "" || b == "" || b == 0) ? "-" : sprintf("%.2f", a / b) }
	NR == 1 { next }
	NR == 2 {
		print "guest instructions/op (-icount shift=0, 1 vCPU; exact)"
		printf "%-16s %8s %8s %8s %8s %9s %9s %12s\n", "loop", "ukl", "stock", "glibc", "hosted", "ukl/stock", "ukl/glibc", "stock n/u"
	}
	{ printf "%-16s %8s %8s %8s %8s %9s %9s %12s\n", $1, $2, $3, $4, $5, r($2, $3), r($2, $4), r($3, $6); t[NR] = $0 }
	END {
		print ""
		print "guest ns/op (plain TCG, 2 vCPUs; noisy)"
		printf "%-16s %8s %8s %8s %8s %9s %9s\n", "loop", "ukl", "stock", "glibc", "hosted", "ukl/stock", "ukl/glibc"
		for (i = 2; i <= NR; i++) {
			split(t[i], f, "\t")
			printf "%-16s %8s %8s %8s %8s %9s %9s\n", f[1], f[8], f[9], f[10], f[11], r(f[8], f[9]), r(f[8], f[10])
		}
	}' "$W/results.tsv"
echo
echo "ukl: the UKL app (musl-ukl); stock: stock musl $(cat "$B/musl.id" 2>/dev/null | head -n 1) static, vDSO; glibc: gcc -static;"
echo "hosted: musl-ukl built hosted (no vDSO); stock n/u: stock on this kernel / stock on the UNIKERNEL_LINUX=n kernel"
echo "boot to main (guest CLOCK_BOOTTIME, TCG): $(sed -n 's/^# bench ukl boot-to-main \(.*\) s$/\1/p' "$W/tcg.log") s"
echo "relink of the app into vmlinux: $link s"
echo "app object: $(stat -c %s "$W/bench.ukl") bytes; vmlinux: $(stat -c %s "$B/kernel-6.1/vmlinux") bytes; bzImage: $(stat -c %s "$B/kernel-6.1/arch/x86/boot/bzImage") bytes"
echo "table: $W/results.tsv"
