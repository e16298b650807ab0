#!/bin/sh
# In-guest tests: build tests/guest/app into one UKL app, boot it in the
# UKL kernel under QEMU with the KTAP runner (tests/guest/runner.c) running
# one start per test, plus checks made by normal processes
# (tests/guest/normal.c) and the host suite's programs as normal
# processes, and report the console's KTAP through tests/lib/ktap.sh.  A
# kernel oops, BUG or WARNING, a missing plan or a count that differs from
# it fails the run.
# With --noukl: the same normal-process tests on the kernel built with
# UNIKERNEL_LINUX=n (BUILD_DIR/kernel-6.1-noukl), where nothing may differ
# and a UKL file is not executable.  With --debug: every test on the debug
# configuration of the UKL kernel (BUILD_DIR/kernel-6.1-debug,
# kernel-patches/debug.config), whose lockdep and entry checks report on
# the console.  The machine-check tests (tests/guest/mce.h) have a boot of
# their own: one vCPU graded by Intel's rules, and the host's injector
# (tests/guest/mce-inject.c) on QEMU's QMP socket.
# Usage: tests/guest/run.sh [--noukl | --debug] BUILD_DIR
set -u
variant=
case ${1-} in
--noukl|--debug) variant=${1#--}; shift ;;
esac
[ $# = 1 ] || { echo "usage: tests/guest/run.sh [--noukl | --debug] BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
B=$(cd "$1" && pwd)
W=$B/guest${variant:+-$variant}
suite=guest${variant:+-$variant}
mkdir -p "$W/app" "$W/normal"
. "$top/tests/lib/ktap.sh"

# the order matters: normal-preempt and normal-second-start start the app;
# normal-* are checks of tests/guest/normal.c, the others starts of the app
TESTS="normal-hello normal-args libc tls time files pipes literals fresh fresh data_template
mmap stack irq_fresh_stack normal-segv normal-ud2 normal-div0 normal-abort normal-efault
normal-unprivileged normal-preempt normal-second-start normal-concurrent-two
normal-concurrent-eight exec_normal
sig_raise sig_timer_regs sig_timer_many sig_restart sig_eintr sig_nanosleep
sig_siginfo_segv sig_siginfo_user sig_altstack sig_masks normal-signals
threads_create threads_detach threads_sync threads_robust threads_cancel
threads_migrate proc_fork fork_no_leak fork_thread fork_signal fork_exec
fork_futex proc_spawn proc_vfork proc_shell proc_exec_self
normal-exit flags_sanitised int3_sigtrap tf_self sigreturn_bad_context restart_odd_call
clone_bad_stack vfork_high_bits spawn_self normal-ptrace-unprivileged
normal-ptrace-root normal-ptrace-step normal-ptrace-setregs
normal-ptrace-traced-start normal-ptrace-discard-segv bad_return_address
signal_at_entry tf_kernel_function fast_seccomp fast_reschedule_fpu
clock_kernel_function clock_monotonic_cpus direct_same_answers
direct_signal_other_cpu direct_reschedule direct_user_dispatch smap_on smap_ac_after_call
smap_clear_ac_load smap_clear_ac_interrupt static_stack
swap_blocked_stack bad_stack_pointer"
MCE_TESTS="normal-mce mce_data_load"
kernel=
case $variant in
noukl) TESTS="normal-no-ukl normal-efault" MCE_TESTS=normal-mce kernel="--kernel $B/kernel-6.1-noukl" ;;
debug) kernel="--kernel $B/kernel-6.1-debug" ;;
esac

# normal programs: the checks, /child for the app to start, busybox as /bin/sh
"${CC:-cc}" -O2 -static -Wall -o "$W/child" "$here/../conformance/child/child.c" || exit 1
sed -n 's/^CHECK(\([a-z0-9_]*\)).*/\1/p' "$here/normal.c" |
	awk '{ n = $1; gsub(/_/, "-", n); printf "X(\"%s\", main_%s)\n", n, $1 }' > "$W/normal/tests.def"
"${CC:-cc}" -O2 -static -Wall -I"$W/normal" -o "$W/normal/normal" "$here/normal.c" "$top/tests/lib/multicall.c" || exit 1
adds="--add $W/normal/normal:/normal --add $W/child --add $(command -v busybox):/bin/sh"

# the host suite's programs, built hosted, run as normal processes beside
# the UKL app: nothing may change for them (env needs arguments, process
# a shell; the host suite runs those); test.h and report.c are common's
common=$here/../conformance/src/common
for p in "$here"/../host/prog/*.c; do
	name=$(basename "$p" .c)
	case $name in env|process) continue ;; esac
	"$B/bin/x86_64-ukl-hosted-gcc" -O2 -fno-builtin -I"$common" -o "$W/prog-$name" "$p" "$common/report.c" -lpthread -lm || exit 1
	adds="$adds --add $W/prog-$name"
	TESTS="$TESTS exec:/prog-$name"
done
# the runner's list: NAME, a start of the app, or NAME PROGRAM [ARGS]
for t in $TESTS; do
	case $t in
	normal-*) echo "$t /normal $t" ;;
	exec:*) echo "$t ${t#exec:}" ;;
	*) echo "$t" ;;
	esac
done > "$W/tests"
for t in $MCE_TESTS; do
	case $t in
	normal-*) echo "$t /normal $t" ;;
	*) echo "$t" ;;
	esac
done > "$W/mce-tests"
echo $TESTS $MCE_TESTS | tr ' ' '\n' > "$W/expected"
"${CC:-cc}" -O2 -Wall -o "$W/mce-inject" "$here/mce-inject.c" || exit 1

grep -ho '^UKL_TEST([a-z0-9_]*)' "$here"/app/*.c | sed 's/UKL_TEST(\(.*\))/X("\1", ukl_test_\1)/' > "$W/app/tests.def"
"$B/bin/x86_64-ukl-gcc" -O2 -Wall -fno-builtin -I"$W/app" -I"$common" -I"$top/kernel-patches/include/uapi" -o "$W/tests.ukl" "$here"/app/*.c \
	"$here/../lib/multicall.c" "$common/report.c" || exit 1

# tsc=reliable: two TCG vCPUs look unsynchronized to the kernel, which then
# reads the HPET, and the clock tests would not reach UKL's TSC reads
"$B/bin/ukl-run" --accel tcg --timeout 600 --append tsc=reliable $kernel --tests "$W/tests" $adds --log "$W/console.log" "$W/tests.ukl" > "$W/out.log" 2>&1
rc=$?

# mce_boot NAME: the machine-check tests of $W/NAME-tests in a boot of
# their own, the injector following its console; sets boot_rc, inject_rc
mce_boot() {
	rm -f "$W/qmp.sock"
	: > "$W/$1-console.log"
	"$W/mce-inject" "$W/$1-console.log" "$W/qmp.sock" > "$W/$1-inject.log" 2>&1 &
	injector=$!
	"$B/bin/ukl-run" --accel tcg --timeout 300 --smp 1 --cpu max,vendor=GenuineIntel --qmp "$W/qmp.sock" $kernel \
		--tests "$W/$1-tests" --add "$W/normal/normal:/normal" --log "$W/$1-console.log" "$W/tests.ukl" > "$W/$1-out.log" 2>&1
	boot_rc=$?
	wait $injector
	inject_rc=$?
}
mce_boot mce
mce_rc=$boot_rc mce_inject_rc=$inject_rc
# 5-level paging: ukl-run boots vmlinux through PVH, which starts the
# kernel with 4-level paging; a bzImage's decompressor turns 5-level
# paging on where the CPU has it (TCG's max does), and each UKL mm then
# copies a P4D page too, and the decompressor has moved the image's
# segments, the app data's template among them.  The data, fork and
# concurrency tests again, in KTAP
# from busybox sh, as "5-level:NAME"; the first checks the paging mode.
P5_TESTS="paging data_template proc_fork fork_thread fork_signal fork_exec fork_futex spawn_self
normal-second-start normal-concurrent-eight"
[ -z "$variant" ] || P5_TESTS=
p5_rc=0
if [ -n "$P5_TESTS" ]; then
	p5_script='echo "KTAP version 1"; n=0; echo "1..$#"; for t; do n=$((n + 1)); case $t in
paging) awk "/^VmallocTotal:/ { exit !(\$2 > 1e12) }" /proc/meminfo ;;
normal-*) /normal $t ;;
*) /ukl $t ;;
esac > /tmp/out 2>&1 && echo "ok $n 5-level:$t" || { sed "s/^/# /" /tmp/out; echo "not ok $n 5-level:$t"; }; done'
	rm -rf "$W/paging5"
	"$B/bin/ukl-image" --add "$W/normal/normal:/normal" --add "$W/child" -o "$W/paging5" \
		--sh "set -- $(echo $P5_TESTS); $p5_script" "$W/tests.ukl" > "$W/paging5-image.log" 2>&1 &&
	"$B/bin/ukl-run" --timeout 300 --log "$W/paging5-console.log" --image "$W/paging5" > "$W/paging5.out" 2>&1
	p5_rc=$?
	for t in $P5_TESTS; do echo "5-level:$t"; done >> "$W/expected"
fi

# the console's KTAP and the kernel's complaints, every test expected, the
# run's own status
ktap_guest "$suite" "$W/console.log" > "$W/results"
ktap_guest "$suite" "$W/mce-console.log" >> "$W/results"
if [ -n "$P5_TESTS" ]; then
	ktap_parse "$suite" < "$W/paging5.out" >> "$W/results"
	ktap_console "$suite" "$W/paging5-console.log" >> "$W/results"
fi
ktap_expect "$suite" "$W/expected" "$W/results" >> "$W/results"
[ $rc = 0 ] || printf '%s\t-\terror\tukl-run exited %s: %s\n' "$suite" $rc "$(tail -n 1 "$W/out.log")" >> "$W/results"
[ $p5_rc = 0 ] || printf '%s\t-\terror\tthe 5-level boot exited %s: %s\n' "$suite" $p5_rc "$(tail -n 1 "$W/paging5.out")" >> "$W/results"
[ $mce_rc = 0 ] || printf '%s\t-\terror\tukl-run (machine checks) exited %s: %s\n' "$suite" $mce_rc "$(tail -n 1 "$W/mce-out.log")" >> "$W/results"
[ $mce_inject_rc = 0 ] || printf '%s\t-\terror\tmce-inject exited %s: %s\n' "$suite" $mce_inject_rc "$(tail -n 1 "$W/mce-inject.log")" >> "$W/results"
ktap_report "$W/results" "$top/tests/known-failures" || { echo "# consoles: $W/console.log, $W/mce-console.log"; exit 1; }
