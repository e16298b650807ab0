#!/bin/sh
# In-guest tests: build tests/guest/app into one UKL app, boot it in the
# UKL kernel under QEMU with /init running one start per test (plus checks
# made by normal processes), and turn the console into KTAP with a closing
# "N passed, N failed, N skipped".  A kernel oops, BUG or WARNING, a
# missing plan or a count that differs from it fails the run.
# With --noukl: the same normal-process tests on the kernel built with
# UNIKERNEL_LINUX=n (BUILD_DIR/kernel-6.1-noukl), where nothing may differ
# and a UKL file is not executable.
# Usage: tests/guest/run.sh [--noukl] BUILD_DIR
set -u
noukl=
[ "${1-}" != --noukl ] || { noukl=yes; shift; }
[ $# = 1 ] || { echo "usage: tests/guest/run.sh [--noukl] BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
B=$(cd "$1" && pwd)
W=$B/guest${noukl:+-noukl}
mkdir -p "$W"

# the order matters: normal-preempt and normal-second-start start the app
TESTS="normal-hello normal-args libc tls time files pipes literals fresh fresh
mmap stack irq_fresh_stack normal-segv normal-ud2 normal-div0 normal-abort normal-efault
normal-unprivileged normal-preempt normal-second-start exec_normal
sig_raise sig_timer_regs sig_timer_many sig_restart sig_eintr sig_nanosleep
sig_siginfo_segv sig_siginfo_user sig_altstack sig_masks normal-signals
threads_create threads_detach threads_sync threads_robust threads_cancel
threads_migrate proc_fork proc_spawn proc_vfork proc_shell proc_exec_self
normal-exit"
kernel=
if [ -n "$noukl" ]; then
	TESTS="normal-no-ukl normal-efault"
	kernel="--kernel $B/kernel-6.1-noukl"
fi

# normal programs the app starts: /child, and busybox as /bin/sh
"${CC:-cc}" -O2 -static -Wall -o "$W/child" "$here/child.c" || exit 1
adds="--add $W/child --add $(command -v busybox):/bin/sh"

# the host suite's programs, built hosted, run as normal processes beside
# the UKL app: nothing may change for them (env needs arguments, process
# a shell; the host suite runs those)
for p in "$here"/../host/prog/*.c; do
	name=$(basename "$p" .c)
	case $name in env|process) continue ;; esac
	"$B/bin/x86_64-ukl-hosted-gcc" -O2 -o "$W/prog-$name" "$p" -lpthread -lm || exit 1
	adds="$adds --add $W/prog-$name"
	TESTS="$TESTS exec:/prog-$name"
done
echo $TESTS | tr ' ' '\n' > "$W/tests"
known=$here/known-failures

grep -ho '^UKL_TEST([a-z0-9_]*)' "$here"/app/*.c | sed 's/UKL_TEST(\(.*\))/X(\1)/' > "$W/tests.def"
"$B/bin/x86_64-ukl-gcc" -O2 -Wall -I"$W" -I"$here/app" -o "$W/tests.ukl" "$here"/app/*.c || exit 1

"$B/bin/ukl-run" --timeout 600 $kernel --tests "$W/tests" $adds --log "$W/console.log" "$W/tests.ukl" > "$W/out.log" 2>&1
rc=$?

# KTAP from the console: the plan, then results and diagnostics
awk '/^KTAP version 1$/ { on = 1 } on && /^ukl-init: done$/ { exit } on' "$W/console.log" > "$W/ktap"
plan=$(sed -n 's/^1\.\.\([0-9]*\)$/\1/p' "$W/ktap")
pass=0 fail=0 skip=0 n=0
echo "KTAP version 1"
echo "1..$(echo $TESTS | wc -w)"
while IFS= read -r line; do
	case $line in
	"ok "*|"not ok "*)
		n=$((n + 1))
		name=${line##* }
		reason=$(awk -v n="$name" '$1 == n { $1 = ""; sub(/^ /, ""); print }' "$known" 2>/dev/null)
		case $line in
		ok*) if [ -n "$reason" ]; then echo "not ok $n $name # passes but is listed in tests/guest/known-failures"; fail=$((fail + 1))
		     else echo "ok $n $name"; pass=$((pass + 1)); fi ;;
		*) if [ -n "$reason" ]; then echo "ok $n $name # SKIP known failure: $reason"; skip=$((skip + 1))
		   else echo "not ok $n $name"; fail=$((fail + 1)); fi ;;
		esac ;;
	"#"*) echo "$line" ;;
	esac
done < "$W/ktap"

bad=
[ $rc = 0 ] || bad="ukl-run exited $rc: $(tail -n 1 "$W/out.log")"
[ -n "$plan" ] || bad="${bad:+$bad; }no KTAP plan on the console"
[ "$n" = "$(echo $TESTS | wc -w)" ] || bad="${bad:+$bad; }$n results for $(echo $TESTS | wc -w) tests"
if grep -E 'BUG:|WARNING:|Oops|Kernel panic|general protection fault' "$W/console.log" > "$W/oops"; then
	bad="${bad:+$bad; }the kernel complained: $(head -n 1 "$W/oops")"
fi
if [ -n "$bad" ]; then
	echo "# $bad (console: $W/console.log)"
	fail=$((fail + 1))
fi
echo "# Totals: pass:$pass fail:$fail skip:$skip"
echo "$pass passed, $fail failed, $skip skipped"
[ $fail = 0 ]
