#!/bin/sh
# Host tests for musl-ukl, no QEMU: audits of the kernel-model libc and of a
# linked app object, the kernel-like link, the compiler wrapper and
# configure on bad input, and real programs run on this host through the
# hosted entry shim.  Prints KTAP (tests/lib/ktap.sh) with kselftest's
# totals; exits 1 on any failure.
# Usage: tests/host/run.sh BUILD_DIR
set -u
[ $# = 1 ] || { echo "usage: tests/host/run.sh BUILD_DIR" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
B=$(cd "$1" && pwd)
KCC=$B/bin/x86_64-ukl-gcc
HCC=$B/bin/x86_64-ukl-hosted-gcc
KLIB=$B/x86_64-ukl/lib
FIX=$here/fixtures
W=$B/tests-host
rm -rf "$W"
mkdir -p "$W"
cd "$W" || exit 1

# --- audits: each takes the objects to read and prints what it finds ---

# Each audit fails when its tool fails or finds nothing to read: an audit
# of a missing or empty library must not pass.
need() {	# need FILE WHAT: FILE has content, else say that WHAT found nothing
	[ -s "$1" ] || { echo "$2: nothing to audit"; return 1; }
}
# the disassembly, function headers kept, so a finding names its function
disasm() {
	objdump -d "$@" > "$W/objdump.out" || { echo "objdump -d $* failed"; return 1; }
	awk '/>:$/ { fn = $2 } /^ / { print fn, $0 }' "$W/objdump.out" > "$W/disasm.out" &&
	need "$W/disasm.out" "objdump -d $*"
}

audit_no_kernel_trap() {	# no instruction that enters the kernel itself
	disasm "$@" && ! grep -E '	(syscall|sysenter|int +\$0x80)( |$)' "$W/disasm.out"
}
audit_no_hlt() {		# hlt in ring 0 waits instead of trapping
	disasm "$@" && ! grep -E '	hlt( |$)' "$W/disasm.out"
}
audit_no_abs32() {		# zero-extended 32-bit addresses cannot reach the top 2 GiB
	objdump -r "$@" > "$W/relocs.out" || { echo "objdump -r $* failed"; return 1; }
	grep -q '^RELOCATION RECORDS' "$W/relocs.out" || { echo "objdump -r $*: no relocations to audit"; return 1; }
	! grep -w R_X86_64_32 "$W/relocs.out"
}
audit_no_red_zone() {		# nothing below rsp: interrupts in ring 0 push there
	disasm "$@" && ! grep -E '[-]0x[0-9a-f]+\(%rsp\)' "$W/disasm.out"
}
audit_prefixed() {		# every symbol prefixed but the kernel's own
	nm "$1" > "$W/nm.out" || { echo "nm $1 failed"; return 1; }
	need "$W/nm.out" "nm $1" &&
	awk -v keep="$KLIB/ukl-kernel.syms" '
		BEGIN { while ((getline s < keep) > 0) ok[s] = 1 }
		NF == 3 && $3 !~ /^ukl_/ { print "defined, not prefixed:", $3; bad = 1 }
		NF == 2 && $1 == "U" && !($2 in ok) { print "undefined, not the kernel'"'"'s:", $2; bad = 1 }
		NF == 2 && $1 == "w" && $2 !~ /^ukl_/ { print "weak, not prefixed:", $2; bad = 1 }
		END { exit bad }' "$W/nm.out"
}
# extract MEMBER from libc.a into $W, or fail naming it
member() {
	rm -f "$W/$1" && (cd "$W" && ar x "$KLIB/libc.a" "$1") && [ -s "$W/$1" ] ||
		{ echo "no $1 in $KLIB/libc.a"; return 1; }
}

# --- tests ---

t_libc_no_kernel_trap() { audit_no_kernel_trap "$KLIB/libc.a" "$KLIB"/crt*.o; }
t_libc_no_hlt() { audit_no_hlt "$KLIB/libc.a" "$KLIB"/crt*.o; }
t_libc_no_abs32() { audit_no_abs32 "$KLIB/libc.a" "$KLIB"/crt*.o "$KLIB/libukl-rt.a"; }
t_libc_no_red_zone() { audit_no_red_zone "$KLIB/libc.a" "$KLIB"/crt*.o "$KLIB/libukl-rt.a"; }

# each lea of the entry is followed by the lea of the return address into
# r11 and the 2-byte jmp *%rcx, and the return address is the jump's end
# (a PC-relative 2, or __cp_end, which t_cp_end_follows_jump checks)
t_libc_entry_jumps() {
	objdump -dr "$KLIB/libc.a" > "$W/objdump-r.out" || return 1
	awk '
		/R_X86_64_PC32[ \t]+ukl_entry_SYSCALL_64-0x0*4$/ { leas++; want = 1; next }
		want == 1 && /^ +[0-9a-f]+:/ {
			if ($0 ~ /\tlea +0x2\(%rip\),%r11/) want = 3
			else if ($0 ~ /\tlea +0x0\(%rip\),%r11/) want = 2
			else { print "not the return address:", $0; want = 0 }
			next
		}
		want == 2 { if ($0 ~ /R_X86_64_PC32[ \t]+__cp_end-0x0*4$/) want = 3; else { print "not __cp_end:", $0; want = 0 }; next }
		want == 3 && /^ +[0-9a-f]+:/ { if ($0 ~ /\tff e1 +\tjmp +\*%rcx/) jumps++; else print "not a jump:", $0; want = 0 }
		END { print "entry leas:", leas, "jumps after them:", jumps; exit !(leas > 300 && leas == jumps) }' "$W/objdump-r.out"
}

# __cp_end directly follows the jump, so a restart (ip - 2) lands on it
t_cp_end_follows_jump() {
	o=$W/syscall_cp.o
	member syscall_cp.o || return 1
	end=$(nm "$o" | awk '$3 == "__cp_end" { print $1 }')
	[ -n "$end" ] || { echo "no __cp_end"; return 1; }
	at=$(printf '%x' $((0x$end - 2)))
	objdump -d "$o" | grep -E "^ +$at:	ff e1 "
}

# __restore_rt: rax = 15, lea, lea, jmp: no push between the handler's ret
# and the entry, so the kernel finds the frame at rsp - 8
t_restore_rt_shape() {
	member restore.o && objdump -d "$W/restore.o" > "$W/restore.dis" || return 1
	awk -F'\t' '/^ +[0-9a-f]+:/ { print $3 }' "$W/restore.dis" |
		sed 's/ *#.*//' > "$W/restore.txt"
	cat "$W/restore.txt"
	printf '%s\n' 'mov    $0xf,%eax' 'lea    0x0(%rip),%rcx' 'lea    0x2(%rip),%r11' 'jmp    *%rcx' 'ud2' |
		diff - "$W/restore.txt"
}

# libc's only unresolved names: the entry, the kernel's clock functions
# and system-call functions, and the rt helpers, which libukl-rt defines
t_libc_undefined() {
	nm "$KLIB/libc.a" > libc.nm 2>/dev/null && nm "$KLIB/libukl-rt.a" > rt.nm 2>/dev/null || return 1
	awk '$1 == "U" { print $2 }' libc.nm | sort -u > und
	awk 'NF == 3 && $2 ~ /[TDBRW]/ { print $3 }' libc.nm rt.nm | sort -u > def
	comm -23 und def > left
	cat left
	[ "$(cat left | tr '\n' ' ')" = "__ukl_clock_gettime __ukl_getcpu __ukl_sys_getegid __ukl_sys_geteuid __ukl_sys_getgid __ukl_sys_getpid __ukl_sys_getppid __ukl_sys_gettid __ukl_sys_getuid ukl_entry_SYSCALL_64 " ]
}

# no vDSO, whose fallback runs syscall: musl's lookup of it answers with
# the kernel's functions and reads no auxv
t_vdso_is_kernel_functions() {
	member vdso.o && nm "$W/vdso.o" > vdso.nm && need vdso.nm "nm vdso.o" &&
	cat vdso.nm && [ "$(awk '$1 == "U" { print $2 }' vdso.nm | tr '\n' ' ')" = "__ukl_clock_gettime __ukl_getcpu strcmp " ]
}

app() { [ -f "$W/app.ukl" ] || "$KCC" -O2 -o "$W/app.ukl" "$FIX/app.c"; }
t_app_object_builds() { app && [ -s "$W/app.ukl" ]; }
t_app_object_no_kernel_trap() { app && audit_no_kernel_trap "$W/app.ukl" && audit_no_hlt "$W/app.ukl"; }
t_app_object_no_abs32() { app && audit_no_abs32 "$W/app.ukl"; }
# covers the compiler runtime too: the system libgcc.a uses the red zone
t_app_object_no_red_zone() { app && audit_no_red_zone "$W/app.ukl"; }
t_app_object_prefixed() { app && audit_prefixed "$W/app.ukl"; }
# every allocated section renamed .ukl.*, for the kernel's linker script
t_app_object_sections_prefixed() {
	app && readelf -SW "$W/app.ukl" | awk '
		/^ +\[ *[0-9]+\]/ { sub(/^ +\[ *[0-9]+\] */, ""); if ($6 ~ /A/ && $1 !~ /^\.ukl\./) { print "not renamed:", $1; bad = 1 } n++ }
		END { exit bad || !n }'
}

# the object links like the kernel link will take it: top 2 GiB, no orphan
# section, real TLS alignment, the constructor in the init array
t_kernel_like_link() {
	app && gcc -c -I"$top/kernel-patches/include/uapi" -o stub.o "$FIX/kernel-stub.S" &&
	ld -T "$FIX/kernel-like.ld" --orphan-handling=error -o vm app.ukl stub.o || return 1
	readelf -lW vm | grep -E 'TLS .* 0x4$' &&
	nm vm | awk '$3 == "__init_array_start" { s = $1 } $3 == "__init_array_end" { e = $1 }
		END { print "init array", s, e; exit !(s != "" && s != e) }'
}

# without the init/fini array symbols the link must fail, not drop ctors
t_kernel_link_needs_array_symbols() {
	app && gcc -c -I"$top/kernel-patches/include/uapi" -o stub.o "$FIX/kernel-stub.S" || return 1
	! ld -T "$FIX/kernel-like-no-arrays.ld" -o vm2 app.ukl stub.o 2> err && grep "__init_array_start" err
}

# a kernel of another ABI version does not link with the app
t_kernel_link_checks_abi_version() {
	app && gcc -c -o stub1.o "$FIX/kernel-stub-v1.S" || return 1
	! ld -T "$FIX/kernel-like.ld" -o vm3 app.ukl stub1.o 2> err && grep "ukl_abi_version_2" err
}

# the audits find what they look for (planted objects)
planted() { printf '%s\n' '.text' 'f:' "$1" 'ret' | gcc -x assembler -c -o "$2" -; }
t_audits_catch_planted() {
	planted syscall p1.o && ! audit_no_kernel_trap p1.o >/dev/null &&
	planted hlt p2.o && ! audit_no_hlt p2.o >/dev/null &&
	planted 'mov %eax,-8(%rsp)' p3.o && ! audit_no_red_zone p3.o >/dev/null &&
	planted 'movl $f,%eax' p4.o && ! audit_no_abs32 p4.o >/dev/null &&
	planted 'call f' p5.o && ! audit_prefixed p5.o >/dev/null
}

# and fail when there is nothing to read: a missing file, an empty archive
t_audits_fail_without_input() {
	rm -f empty.a && ar rcs empty.a && [ -f empty.a ] || return 1
	for a in audit_no_kernel_trap audit_no_hlt audit_no_abs32 audit_no_red_zone audit_prefixed; do
		for f in empty.a missing.o; do
			if $a $f > audit.out 2>&1; then echo "$a passed on $f"; return 1; fi
		done
	done
	echo "every audit fails on an empty archive and on a missing file"
}

# one ABI header: the kernel series leaves exactly the file musl-ukl uses
t_abi_header_matches_series() {
	for d in "$top"/kernel-patches/*/; do
		[ -f "$d/series" ] || continue
		rm -rf abi && mkdir abi || return 1
		# the header as the whole series leaves it
		for f in $(cat "$d/series"); do
			awk '/^diff --git / { on = $3 == "a/arch/x86/include/uapi/asm/ukl.h" } on' "$d/$f" > abi.diff
			[ ! -s abi.diff ] || patch -d abi -p1 -s -f < abi.diff ||
				{ echo "does not apply: $d$f"; return 1; }
		done
		diff abi/arch/x86/include/uapi/asm/ukl.h "$top/kernel-patches/include/uapi/asm/ukl.h" ||
			{ echo "differs: ${d}series"; return 1; }
	done
}

# a series that does not fit the tree stops, naming the patch and the kernel
t_series_misfit_named() {
	rm -rf fake fake.patched && mkdir -p fake/arch/x86 &&
	printf '9.9.9-fake\n' > fake/.debian-version && printf 'VERSION = 9\n' > fake/Makefile || return 1
	p=$(sed -n 1p "$top/kernel-patches/6.1/series")
	expect_fail "$p does not apply to Linux 9.9.9-fake" \
		"$top/kernel-patches/apply.sh" fake fake.patched "$top/kernel-patches/6.1/$p" &&
	[ ! -e fake.patched ] && [ ! -e fake.patched.tmp ]
}

# --- the wrapper ---

expect_fail() {	# expect_fail TEXT CMD...: CMD fails and says TEXT
	want=$1; shift
	if "$@" > out 2>&1; then echo "succeeded: $*"; return 1; fi
	cat out
	grep -F -- "$want" out >/dev/null
}
t_wrapper_rejects_shared() { expect_fail "-shared is not supported" "$KCC" -shared -o x "$FIX/app.c"; }
t_wrapper_rejects_pic() { expect_fail "-fPIC is not supported" "$KCC" -fPIC -c "$FIX/app.c"; }
t_wrapper_rejects_pie() { expect_fail "-pie is not supported" "$KCC" -pie "$FIX/app.c"; }
t_wrapper_rejects_code_model() { expect_fail "-mcmodel=small is not supported" "$KCC" -mcmodel=small -c "$FIX/app.c"; }
t_wrapper_rejects_red_zone() { expect_fail "-mred-zone is not supported" "$KCC" -mred-zone -c "$FIX/app.c"; }
t_wrapper_missing_file() { expect_fail "nothere.c: no such file" "$KCC" nothere.c; }
t_wrapper_undefined_reference() {
	printf 'int no_such_function(void);\nint main(void) { return no_such_function(); }\n' > undef.c
	expect_fail "undefined reference to 'no_such_function'" "$KCC" -o undef.ukl undef.c &&
	[ ! -e undef.ukl ]
}
# an app that enters or leaves the kernel by itself is refused at link,
# naming the function and offset; no object is left
t_wrapper_refuses_raw_kernel_entry() {
	for i in syscall sysenter swapgs 'wrgsbase %rax' 'wrfsbase %rdi' 'int $0x80' 'ds syscall' \
		'.byte 0x48, 0x0f, 0x35' wrmsr 'mov %eax, %gs'; do
		printf 'void f(void) { __asm__ volatile("nop; %s"); }\nint main(void) { f(); return 0; }\n' "$i" > raw.c
		rm -f raw.ukl
		expect_fail "error: f+0x" "$KCC" -O2 -o raw.ukl raw.c && [ ! -e raw.ukl ] || return 1
	done
}
# and so does the kernel link, for an object the wrapper did not make (a
# planted swapgs): skipped without a built kernel (the other musl's build)
t_kernel_link_refuses_raw_kernel_entry() {
	[ -f "$B/kernel-6.1/.config" ] || { echo "no kernel at $B/kernel-6.1"; return 4; }
	printf '%s\n' .text '.globl ukl_planted' 'ukl_planted:' nop swapgs ret | gcc -x assembler -c -o planted.o - &&
	app && ld -r -o planted.ukl app.ukl planted.o 2>/dev/null || return 1
	expect_fail "planted.ukl: ukl_planted+0x1: swapgs: a UKL app may enter the kernel only through its entry" \
		make -s -C "$B/linux-6.1" O="$B/kernel-6.1" UKL_APP="$W/planted.ukl" vmlinux
}
t_wrapper_help() { "$KCC" --help | grep -F "Usage: x86_64-ukl-gcc"; }
# -c gives a kernel-model object: a global's address is sign-extended 32-bit
t_wrapper_compile_kernel_model() {
	printf 'int g;\nint *f(void) { return &g; }\n' > km.c
	"$KCC" -O2 -c km.c -o km.o && objdump -r km.o | grep -w R_X86_64_32S
}
t_wrapper_links_several_files() {
	printf 'int helper(int x) { return x * 2; }\n' > h.c
	printf 'int helper(int);\nint main(int c, char **v) { (void)v; return helper(c); }\n' > m.c
	"$KCC" -c h.c -o h.o && "$KCC" -O2 m.c h.o -lm -o two.ukl &&
	nm two.ukl | grep -E ' T ukl_helper$' && nm two.ukl | grep -E ' T ukl_main$'
}

# --- configure, on a scratch copy: bad input fails, names it, writes nothing ---

conf() {
	rm -rf cfg && mkdir -p cfg/musl-ukl && cp "$top/configure" cfg/ &&
	cp -R "$top/musl-ukl/hashes" cfg/musl-ukl/ && (cd cfg && ./configure "$@")
}
conf_fails() {	# conf_fails TEXT ARGS...
	want=$1; shift
	expect_fail "$want" conf "$@" && [ ! -e cfg/config.mak ] && [ ! -e cfg/config.mak.tmp ]
}
t_configure_requires_target() { conf_fails "no target given" ; }
t_configure_rejects_target() { conf_fails "unsupported target 'arm-linux'" --target=arm-linux; }
t_configure_rejects_option() { conf_fails "unknown option '--frobnicate'" --target=x86_64-ukl --frobnicate; }
t_configure_rejects_musl_version() { conf_fails "unsupported --musl-version '1.1.24'" --target=x86_64-ukl --musl-version=1.1.24; }
t_configure_rejects_kernel() { conf_fails "unsupported --kernel '5.10'" --target=x86_64-ukl --kernel=5.10; }
t_configure_rejects_relative_prefix() { conf_fails "--prefix must be an absolute path, not 'rel'" --target=x86_64-ukl --prefix=rel; }
t_configure_rejects_missing_musl() { conf_fails "--with-musl=/nonexistent: no such file" --target=x86_64-ukl --with-musl=/nonexistent; }
t_configure_rejects_bad_tarball() {
	printf 'not musl' > fake.tar.gz
	got=$(sha256sum fake.tar.gz | cut -d' ' -f1)
	want=$(cut -d' ' -f1 "$top/musl-ukl/hashes/musl-1.2.5.tar.gz.sha256")
	conf_fails "sha256 $got does not match musl 1.2.5 ($want)" --target=x86_64-ukl --with-musl="$W/fake.tar.gz"
}
t_configure_rejects_missing_linux() { conf_fails "--with-linux=/nonexistent: no such file" --target=x86_64-ukl --with-linux=/nonexistent; }
t_configure_writes_config() {
	conf --target=x86_64-ukl --prefix=/opt/ukl >/dev/null && cat cfg/config.mak &&
	grep -x 'TARGET = x86_64-ukl' cfg/config.mak && grep -x 'prefix = /opt/ukl' cfg/config.mak
}

# --- the compiler runtime against libgcc (bit for bit) ---

t_rt_matches_libgcc() {
	for o in "$B"/rt-hosted/*.o; do objcopy --prefix-symbols=t_ "$o" "rt_$(basename "$o")" || return 1; done
	gcc -O1 -o rt-check "$here/rt-check.c" rt_*.o -lm && ./rt-check
}

# --- programs on the host, through the hosted entry shim ---

prog() {	# prog NAME [ARGS]: build tests/host/prog/NAME.c hosted and run it
	name=$1; shift
	c=$top/tests/conformance/src/common	# test.h, and report.c behind it
	"$HCC" -O2 -Wall -fno-builtin -I"$c" -o "prog-$name" "$here/prog/$name.c" "$c/report.c" -lpthread -lm || return 1
	timeout 60 "./prog-$name" "$@"
}

PROGS=$(cd "$here/prog" && ls *.c | sed 's/\.c$//')
for p in $PROGS; do
	case $p in
	env) eval "t_prog_$p() { UKL_TEST_VAR=v=1 prog env 'first arg' 2; }" ;;
	*) eval "t_prog_$p() { prog $p; }" ;;
	esac
done

# --- the harness itself: tests/lib/ktap.sh and tests/check.sh ---

# the classifier: every outcome, listed or not, and the exit status
t_ktap_classifier() {
	. "$top/tests/lib/ktap.sh" || return 1
	printf 's\ta\tpass\t\ns\tb\tfail\twhy b\ns\tc\tskip\tnot here\ns\td\tfail\t\ns\te\tpass\t\n' > k.res
	printf '# comment\ns d d is known\ns e e is known\nother a not this suite\n' > k.known
	ktap_report k.res k.known > k.out && { echo "passed with a failure"; return 1; }
	cat k.out
	printf '%s\n' 'KTAP version 1' '1..5' 'ok 1 a' '# why b' 'not ok 2 b' 'ok 3 c # SKIP not here' \
		'ok 4 d # XFAIL d is known' 'not ok 5 e # XPASS listed in k.known: e is known' \
		'# Totals: pass:1 fail:1 xfail:1 xpass:1 skip:1 error:0' | diff - k.out || return 1
	printf 's\ta\tpass\t\ns\t-\terror\tno KTAP plan\n' > k2.res
	! ktap_report k2.res /dev/null > k2.out && grep -x '# error: no KTAP plan' k2.out &&
	printf 's\ta\tskip\tx\n' > k3.res && { ktap_report k3.res /dev/null > /dev/null; [ $? = 4 ]; } &&
	: > k4.res && ! ktap_report k4.res /dev/null > /dev/null &&
	printf 's\ta\tpass\t\n' > k6.res && printf 's gone x\n' > k6.known &&
	ktap_report k6.res k6.known > k6.out && grep -x '# gone is listed in k6.known but did not run' k6.out &&
	printf 's\td\tfail\tno result\n' > k7.res && printf 's d x\n' > k7.known &&
	! ktap_report k7.res k7.known > k7.out && grep -x 'not ok 1 d' k7.out &&
	printf 's\ta\tpass\t\nt\ta\tpass\t\n' > k5.res && ktap_report k5.res /dev/null > k5.out &&
	grep -x '# Subtest: t' k5.out && grep -x 'ok 2 t' k5.out &&
	[ "$(ktap_outcome 0) $(ktap_outcome 4) $(ktap_outcome 1) $(ktap_outcome 124)" = "pass skip fail fail" ]
}

# the parser: results, skips, a missing plan, a wrong count
t_ktap_parser() {
	. "$top/tests/lib/ktap.sh" || return 1
	printf '%s\n' 'noise' 'KTAP version 1' '1..3' '# out of a' 'ok 1 a' '# FAIL x.c:1: v = 1, expected 2' \
		'# more' 'not ok 2 b # exit status 1' 'ok 3 c # SKIP no d' | ktap_parse g > p.res &&
	printf 'g\ta\tpass\t\ng\tb\tfail\texit status 1: FAIL x.c:1: v = 1, expected 2\ng\tc\tskip\tno d\n' | diff - p.res &&
	printf '%s\n' 'KTAP version 1' '1..3' 'ok 1 a' | ktap_parse g | grep -x 'g	-	error	plan 1..3, 1 results' &&
	printf '%s\n' 'ok 1 a' | ktap_parse g | grep -x 'g	-	error	no KTAP plan'
}

# check.sh: a suite with no totals, a plan its results do not match or no
# test run is "not ok" itself, even when it exits 0
t_check_rejects_bad_suites() {
	good='printf "KTAP version 1\n1..1\nok 1 x\n# Totals: pass:1 fail:0 xfail:0 xpass:0 skip:0 error:0\n"'
	"$top/tests/check.sh" good "$good" > c0.out || { cat c0.out; return 1; }
	grep -x 'ok 1 good' c0.out && grep -x '1 passed, 0 failed, 0 skipped' c0.out || return 1
	for bad in 'printf "KTAP version 1\n1..1\nok 1 x\n"' \
		'printf "KTAP version 1\n1..2\nok 1 x\n# Totals: pass:1 fail:0 xfail:0 xpass:0 skip:0 error:0\n"' \
		'printf "KTAP version 1\n1..0\n# Totals: pass:0 fail:0 xfail:0 xpass:0 skip:0 error:0\n"' \
		'printf "ok 1 x\n# Totals: pass:1 fail:0 xfail:0 xpass:0 skip:0 error:0\n"' \
		'printf "KTAP version 1\n1..1\nnot ok 1 x\n# Totals: pass:0 fail:0 xfail:0 xpass:0 skip:0 error:0\n"' \
		'printf "KTAP version 1\n1..1\nok 1 x\n# Totals: pass:1 fail:1 xfail:0 xpass:0 skip:0 error:0\n"'; do
		if "$top/tests/check.sh" good "$good" bad "$bad" > c.out; then cat c.out; return 1; fi
		grep -x 'not ok 2 bad' c.out && grep -x 'ok 1 good' c.out || { cat c.out; return 1; }
		grep '^# bad: ' c.out
	done
	# a suite that only skipped (exit 4) is skipped, not failed
	"$top/tests/check.sh" good "$good" skip 'printf "KTAP version 1\n1..1\nok 1 x # SKIP y\n# Totals: pass:0 fail:0 xfail:0 xpass:0 skip:1 error:0\n"; exit 4' > c.out &&
	grep -x 'ok 2 skip # SKIP' c.out && grep -x '1 passed, 0 failed, 1 skipped' c.out
}

# check-objtool.sh: only the unpatched tree's own warning passes
t_check_objtool() {
	known='vmlinux.o: warning: objtool: __handle_intr_saferet+0x27: RET before UNTRAIN'
	printf '  CC      x.o\n%s\n' "$known" > ok.log &&
	"$top/kernel-patches/check-objtool.sh" ok.log || return 1
	printf '%s\n%s\n' "$known" 'arch/x86/lib/getuser.o: warning: objtool: __get_user_1() falls through to next function __get_user_nocheck_1()' > bad.log
	! "$top/kernel-patches/check-objtool.sh" bad.log > bad.out 2>&1 &&
	grep -q '__get_user_1' bad.out && ! grep -q __handle_intr_saferet bad.out &&
	! "$top/kernel-patches/check-objtool.sh" missing.log 2> /dev/null
}

# --- tools: apt download, sample port ---

# a fake apt-get (and apt-cache) first in PATH: the index has one package,
# linux-source-6.1 6.1.99-1, with the digest of fakeapt/good; "download"
# writes fakeapt/$FAKE_GET to the current directory and, at its worst, keeps
# a file of that name; all but indextargets need the private configuration
fake_apt() {
	rm -rf fakeapt deb && mkdir -p fakeapt deb/dl &&
	printf 'the pinned package\n' > fakeapt/good && printf 'corrupted bytes\n' > fakeapt/bad &&
	printf '#!/bin/sh\necho "fake apt-cache: not expected: $*" >&2; exit 100\n' > fakeapt/apt-cache &&
	cat > fakeapt/apt-get <<'EOF' && chmod +x fakeapt/apt-get fakeapt/apt-cache
#!/bin/sh
set -eu
f=$(dirname "$0") uris= private=
while [ $# -gt 0 ]; do
	case $1 in
	-o) [ "$2" != Dir::Etc::SourceList=/dev/null ] || private=1; shift 2 ;;
	--format) shift 2 ;;
	--print-uris) uris=1; shift ;;
	-*) shift ;;
	*) break ;;
	esac
done
[ "$1" != indextargets ] || { echo "http://fake.invalid/debian fake Debian"; exit 0; }
[ -n "$private" ] || { echo "fake apt-get: not the private configuration: $*" >&2; exit 100; }
case $1 in
update) ;;
download)
	case $2 in
	linux-source-6.1|linux-source-6.1=6.1.99-1) ;;
	*) echo "E: Version '${2#*=}' for 'linux-source-6.1' was not found" >&2; exit 100 ;;
	esac
	deb=linux-source-6.1_6.1.99-1_all.deb
	if [ -n "$uris" ]; then
		echo "'http://fake.invalid/debian/pool/main/l/linux/$deb' $deb $(wc -c < "$f/good") SHA256:$(sha256sum < "$f/good" | cut -d' ' -f1)"
	else
		[ -e "$deb" ] || cp "$f/$FAKE_GET" "$deb"
	fi ;;
*) echo "fake apt-get: unexpected: $*" >&2; exit 100 ;;
esac
EOF
}
apt_dl() {	# apt_dl good|bad: debian-source.sh binary, the fake downloading that
	PATH=$W/fakeapt:$PATH FAKE_GET=$1 "$top/musl-ukl/debian-source.sh" "$W/deb" binary linux-source-6.1 6.1.99-1
}
apt_got_good() {	# the last line printed names the fetched file, with the good bytes
	cat got
	[ "$(tail -n 1 got)" = "$W/deb/dl/linux-source-6.1_6.1.99-1_all.deb" ] &&
	cmp fakeapt/good deb/dl/linux-source-6.1_6.1.99-1_all.deb
}

# a newer leftover .deb in dl is not taken for the one just fetched
t_apt_download_takes_fetched() {
	fake_apt && printf 'leftover\n' > deb/dl/linux-source-6.1_other_all.deb &&
	touch -d 2100-01-01 deb/dl/linux-source-6.1_other_all.deb &&
	apt_dl good > got && apt_got_good
}

# a stale file of the fetched name is replaced
t_apt_download_replaces_stale() {
	fake_apt && printf 'stale\n' > deb/dl/linux-source-6.1_6.1.99-1_all.deb &&
	apt_dl good > got && apt_got_good
}

# bytes that are not what apt's index says fail, naming the file and both digests
t_apt_download_checks_sha256() {
	fake_apt || return 1
	good=$(sha256sum < fakeapt/good | cut -d' ' -f1) && bad=$(sha256sum < fakeapt/bad | cut -d' ' -f1) &&
	expect_fail "debian-source.sh: error: $W/deb/dl/linux-source-6.1_6.1.99-1_all.deb: sha256 $bad, but apt expects $good" apt_dl bad
}

# tests/run-sample.sh's port chooser never gives a port a listener has
t_sample_port_skips_busy() {
	sed -n '/^free_port() {$/,/^}$/p' "$top/tests/run-sample.sh" > port.sh && [ -s port.sh ] && . ./port.sh || return 1
	p=
	for i in 1 2 3 4 5; do	# P and P + 1 free
		p=$(free_port 20000 59999) && [ "$(free_port $((p + 1)) $((p + 1)))" = $((p + 1)) ] && break
		p=
	done
	[ -n "$p" ] || { echo "no two free ports"; return 1; }
	busybox nc -ll -p "$p" -e true &
	nc=$! r=1
	for i in $(seq 50); do
		bash -c 'exec 3<>/dev/tcp/127.0.0.1/$1' - "$p" 2>/dev/null && { r=0; break; }
		sleep 0.1
	done
	[ $r = 0 ] || echo "no listener on $p"
	for i in $(seq 20); do
		[ $r = 0 ] || break
		q=$(free_port "$p" $((p + 1))) && [ "$q" = $((p + 1)) ] || { echo "free_port gave '$q' with $p in use"; r=1; }
	done
	[ $r != 0 ] || ! q=$(free_port "$p" "$p") || { echo "free_port gave '$q' with $p in use"; r=1; }
	kill $nc
	wait $nc 2>/dev/null || :
	return $r
}

# fake_ukl_run DIR: DIR/bin/ukl-run (and ukl-image) from crt/, with an
# empty kernel build (kobj), init and app object (DIR/app.ukl), and DIR/path
# for the fake make (it "links" an empty vmlinux) and QEMU a test puts first
# on PATH; a fake QEMU starts with fake_console, which writes its pidfile
# and sets con to the file of the console
fake_ukl_run() {
	rm -rf "$1" && mkdir -p "$1/bin" "$1/guest" "$1/kobj" "$1/path" &&
	sed -e 's|@KSRC@|ksrc|g' -e 's|@KOBJ@|kobj|g' "$top/crt/ukl-run.in" > "$1/bin/ukl-run" &&
	cp "$top/crt/ukl-image.in" "$1/bin/ukl-image" &&
	: > "$1/kobj/.config" && printf '#!/bin/sh\n' > "$1/guest/init" &&
	printf '#!/bin/sh\nfor a; do case $a in O=*) : > "${a#O=}/vmlinux" ;; esac; done\n' > "$1/path/make" &&
	printf '.text\n.globl ukl__start\nukl__start:\n\tret\n' | gcc -x assembler -c -o "$1/app.ukl" - &&
	chmod +x "$1/bin/ukl-run" "$1/bin/ukl-image" "$1/guest/init" "$1/path/make"
}
fake_console='#!/bin/sh
d=$(dirname "$0")
echo "$*" >> "$d/calls"
for a; do
	case $a in file,id=con,path=*) con=${a#*path=} ;; esac
	[ "$p" != -pidfile ] || echo $$ > "$a"
	p=$a
done'

# ukl-run (from crt/ukl-run.in) ends a guest that reported but does not
# power off: the fake QEMU is "sleep" by then, found by its -pidfile only
t_ukl_run_kills_hung_guest() {
	fake_ukl_run ur && { echo "$fake_console"; cat; } > ur/path/qemu-system-x86_64 <<'EOF' && chmod +x ur/path/* || return 1
printf 'ukl-init: start\r\nukl-exit: status 3\r\nukl-init: done\r\n' > "$con"
exec sleep 100
EOF
	st=0
	PATH=$W/ur/path:$PATH ur/bin/ukl-run --timeout 40 ur/app.ukl > ur/out 2>&1 || st=$?
	cat ur/out
	echo "exit status $st"
	[ $st = 3 ] && grep -F "the guest did not power off 20 s after /init finished; VM killed" ur/out
}

# ukl-run's --smp, --cpu, --qmp, --memory, --accel, --net and --share
# reach QEMU (the guest suite's machine-check boots use the first three),
# a share's place and mode the kernel command line; a bad value is
# refused, named
t_ukl_run_qemu_options() {
	fake_ukl_run uq && { echo "$fake_console"; cat; } > uq/path/qemu-system-x86_64 <<'EOF' &&
printf 'ukl-init: start\r\nukl-exit: status 0\r\nukl-init: done\r\n' > "$con"
EOF
	chmod +x uq/path/* && mkdir -p uq/share || return 1
	PATH=$W/uq/path:$PATH uq/bin/ukl-run -v --smp 1 --cpu max,vendor=GenuineIntel --qmp "$W/uq/q.sock" \
		--memory 512 --accel tcg --net 8080:80 --net 2222:22 --share "uq/share:/data,ro" uq/app.ukl > uq/out 2>&1 ||
		{ cat uq/out; return 1; }
	cat uq/out uq/path/calls
	a=uq/path/calls
	grep -q -- "-accel tcg -cpu max,vendor=GenuineIntel -smp 1 -m 512M " $a &&
	grep -q -- "-qmp unix:$W/uq/q.sock,server=on,wait=off" $a &&
	grep -q -- "-netdev user,id=n0,hostfwd=tcp:127.0.0.1:8080-:80,hostfwd=tcp:127.0.0.1:2222-:22 " $a &&
	grep -q -- "-fsdev local,id=fs0,path=$W/uq/share,security_model=none,readonly=on -device virtio-9p-pci,fsdev=fs0,mount_tag=ukl0 " $a &&
	grep -q -- " ukl.share=ukl0,/data,ro" $a && grep -q -- " ukl.net=10.0.2.15" $a &&
	grep -q -- "-chardev stdio,id=in -device virtserialport,chardev=in,name=ukl.stdin " $a &&
	grep -q -- " ukl.stdio=ports" $a &&
	grep -q '^BOOT    QEMU (TCG, --accel)' uq/out || return 1
	for bad in "--smp 0" "--smp two" "--cpu max;reboot" "--qmp a,b" "--memory 64" "-m 1G" "--gdb 0" "--gdb 70000" \
		"--name a/b" "--name .x" "--cwd tmp" "--accel hvf" "--share $W/uq/nothere" "--share $W/uq/share:rel" \
		"--share $W/uq/share:/a,b" "--net 80:x" "--image $W/uq" "--timeout 0"; do
		st=0
		PATH=$W/uq/path:$PATH uq/bin/ukl-run $bad uq/app.ukl > uq/bad 2>&1 || st=$?
		cat uq/bad
		[ $st = 2 ] && grep -qF "'${bad#* }'" uq/bad || { echo "not refused: $bad"; return 1; }
	done
	mkdir -p uq/img && : > uq/img/bzImage && : > uq/img/initrd.img || return 1
	for bad in "--sh true uq/app.ukl -- x:not '-- x'" "--icount --accel kvm uq/app.ukl:instruction counting is TCG's" \
		"--image uq/img uq/app.ukl:not 'uq/app.ukl'" "--image uq/img --env A=1:--env, --cwd"; do
		st=0
		PATH=$W/uq/path:$PATH uq/bin/ukl-run ${bad%%:*} > uq/bad 2>&1 || st=$?
		cat uq/bad
		[ $st = 2 ] && grep -qF -- "${bad#*:}" uq/bad || { echo "not refused: ${bad%%:*}"; return 1; }
	done
}

# ukl-image refuses what is not an image's (a VM option, no -o, -o a
# file, two apps), naming it, and writes nothing
t_ukl_image_options() {
	fake_ukl_run ui && : > ui/file || return 1
	for bad in "--net 80:80 ui/app.ukl -o ui/img|unknown option '--net'" "ui/app.ukl|no -o DIR given" \
		"ui/app.ukl -o ui/file|-o 'ui/file' is not a directory" "ui/app.ukl ui/app.ukl -o ui/img|unexpected 'ui/app.ukl'" \
		"-o ui/img|no app object given"; do
		st=0
		PATH=$W/ui/path:$PATH ui/bin/ukl-image ${bad%%|*} > ui/bad 2>&1 || st=$?
		cat ui/bad
		[ $st = 2 ] && grep -qF -- "${bad#*|}" ui/bad && [ ! -e ui/img ] || { echo "not refused: ${bad%%|*}"; return 1; }
	done
	ui/bin/ukl-image --help | grep -q '^Usage: ukl-image'
}

# make install puts ukl-run and ukl-image beside the wrapper; the
# installed ukl-run names this build tree (it boots its kernel)
t_install_tools() {
	[ "$B" = "$top/build" ] || { echo "install runs on the default build tree only"; return 4; }
	rm -rf inst && make -s -C "$top" install DESTDIR="$W/inst" prefix=/opt/ukl > install.out 2>&1 || { cat install.out; return 1; }
	ls -l inst/opt/ukl/bin
	grep -x "build='$B'" inst/opt/ukl/bin/ukl-run &&
	inst/opt/ukl/bin/ukl-run --help | grep -q '^Usage: ukl-run' &&
	inst/opt/ukl/bin/ukl-image --help | grep -q '^Usage: ukl-image' &&
	{ inst/opt/ukl/bin/ukl-run "$W/nothere.ukl" 2>&1; true; } | grep -qF "$W/nothere.ukl: no such file"
}

# the accelerator: with a usable /dev/kvm, ukl-run probes once whether a
# guest boots under KVM and keeps the answer (a fake QEMU that does boot
# there, then, the answer gone, one that does not)
t_ukl_run_kvm_probe() {
	[ -c /dev/kvm ] && [ -r /dev/kvm ] && [ -w /dev/kvm ] || { echo "no usable /dev/kvm here"; return 4; }
	fake_ukl_run uk && { echo "$fake_console"; cat; } > uk/path/qemu-system-x86_64 <<'EOF' &&
case "$*" in *"-accel kvm"*rdinit=/ukl-probe*)
	[ -f "$d/kvm-boots" ] || exit 1
	for a; do case $a in file:*) cat "$d/kvm-boots" > "${a#file:}" ;; esac; done
	exit 0 ;;
esac
printf 'ukl-init: start\r\nukl-exit: status 0\r\nukl-init: done\r\n' > "$con"
EOF
	chmod +x uk/path/* && echo "Run /ukl-probe as init process" > uk/path/kvm-boots || return 1
	for i in 1 2; do
		PATH=$W/uk/path:$PATH uk/bin/ukl-run -v uk/app.ukl > uk/out$i 2>&1 || { cat uk/out$i; return 1; }
		cat uk/out$i
	done
	cat uk/path/calls
	grep -q '^BOOT    QEMU (KVM, probed)' uk/out1 && grep -q '^BOOT    QEMU (KVM, probed before)' uk/out2 &&
	[ "$(grep -c 'rdinit=/ukl-probe' uk/path/calls)" = 1 ] && [ "$(grep -c -- '-accel kvm -cpu host ' uk/path/calls)" = 2 ] || return 1
	# a kernel with block devices panics for want of a root after init
	# was looked for, as far; a --cpu given is kept
	rm -rf uk/kobj/ukl-run-cache && echo "VFS: Unable to mount root fs on unknown-block(0,0)" > uk/path/kvm-boots &&
	PATH=$W/uk/path:$PATH uk/bin/ukl-run -v --cpu max,vendor=GenuineIntel uk/app.ukl > uk/out3 2>&1 || { cat uk/out3; return 1; }
	cat uk/out3
	grep -q '^BOOT    QEMU (KVM, probed)' uk/out3 && tail -n 1 uk/path/calls | grep -q -- '-accel kvm -cpu max,vendor=GenuineIntel ' || return 1
	rm -rf uk/kobj/ukl-run-cache uk/path/kvm-boots
	PATH=$W/uk/path:$PATH uk/bin/ukl-run -v uk/app.ukl > uk/out4 2>&1 || { cat uk/out4; return 1; }
	cat uk/out4
	grep -q '^BOOT    QEMU (TCG, probed: /dev/kvm does not boot a guest here)' uk/out4 &&
		tail -n 1 uk/path/calls | grep -q -- '-accel tcg -cpu max '
}

# the guest's KTAP runner, run here: exit 4 skips, a hang times out, a
# test's output cannot forge a result line
t_guest_runner() {
	gcc -O2 -Wall -o runner "$top/tests/guest/runner.c" || return 1
	printf '#!/bin/sh\necho "ok 9 forged"\nexit "$1"\n' > st.sh && chmod +x st.sh &&
	printf '#!/bin/sh\nkill -9 $$\n' > die.sh && chmod +x die.sh || return 1
	printf '%s\n' "pass $W/st.sh 0" "skip $W/st.sh 4" "fail $W/st.sh 3" "hang /bin/sleep 20" \
		"killed $W/die.sh" > runner.list
	TMPDIR=$W ./runner runner.list 1 > runner.out || return 1
	cat runner.out
	printf '%s\n' 'KTAP version 1' '1..5' 'runner: start pass' '# ok 9 forged' 'ok 1 pass' \
		'runner: start skip' '# ok 9 forged' 'ok 2 skip # SKIP' \
		'runner: start fail' '# ok 9 forged' 'not ok 3 fail # exit status 3' \
		'runner: start hang' 'not ok 4 hang # TIMEOUT 1 seconds' \
		'runner: start killed' 'not ok 5 killed # killed by signal 9' | diff - runner.out &&
	[ -z "$(ls "$W"/runner-*.out 2>/dev/null)" ]
}

# tests/run-sample.sh with fakes: a forward that QEMU could not set up is
# tried again on another port, and when the script then fails (no echo
# server answers) its trap ends the VM, ukl-run and what it started
t_sample_stops_vm_on_failure() {
	rm -rf rs && mkdir -p rs/bin &&
	printf '#!/bin/sh\nwhile [ $# -gt 1 ]; do [ "$1" != -o ] || : > "$2"; shift; done\n' > rs/bin/x86_64-ukl-gcc &&
	cp rs/bin/x86_64-ukl-gcc rs/bin/x86_64-ukl-hosted-gcc &&
	cat > rs/bin/ukl-run <<'EOF' && chmod +x rs/bin/* || return 1
#!/bin/sh
case $* in *--net*) ;; *) exit 0 ;; esac
d=$(dirname "$0")
if [ ! -e "$d/tried" ]; then
	: > "$d/tried"
	echo "qemu-system-x86_64: -netdev user: Could not set up host forwarding rule 'tcp:127.0.0.1:$4'"
	exit 1
fi
sleep 300 &
echo $! > "$d/vm.pid"
echo "echo: listening on port 7"
wait
EOF
	! "$top/tests/run-sample.sh" rs > rs/out 2>&1 || { cat rs/out; echo "run-sample.sh succeeded"; return 1; }
	cat rs/out
	grep -F 'was taken; again' rs/out && [ -s rs/bin/vm.pid ] || return 1
	vm=$(cat rs/bin/vm.pid)
	[ ! -e /proc/$vm ] || [ "$(sed 's/.*) //' /proc/$vm/stat | cut -c1)" = Z ] && return 0
	echo "the VM (pid $vm) is still running"
	kill "$vm"
	return 1
}

# run-guest.sh: a kernel WARNING on a boot's console fails the run, even
# when every test passed (a fake ukl-run plays the guest)
t_conformance_guest_scans_console() {
	rm -rf fakeb cs && mkdir -p fakeb/bin cs || return 1
	cat > fakeb/bin/ukl-run <<'FAKE' && chmod +x fakeb/bin/ukl-run || return 1
#!/bin/sh
while [ $# -gt 1 ]; do case $1 in --log) log=$2; shift ;; --tests) tests=$2; shift ;; esac; shift; done
{ echo "ukl-init: start"; echo "KTAP version 1"; echo "1..$(wc -l < "$tests")"
  [ -z "$WARN" ] || echo "WARNING: CPU: 0 PID: 1 at kernel/fake.c:1 fake+0x0/0x1"
  awk '{ print "ok " NR " " $1 }' "$tests"; echo "ukl-init: done"; } > "$log"
FAKE
	printf '# test\tukl-image\tbaseline\tstatus\treason\nfunctional/x\tshared\tbase/functional/x\tok\t-\n' > cs/manifest.tsv &&
	: > cs/suite.ukl || return 1
	"$top/tests/conformance/run-guest.sh" --check --build fakeb cs > rg.out 2>&1 || { cat rg.out; return 1; }
	if WARN=1 "$top/tests/conformance/run-guest.sh" --check --build fakeb cs > rg.out 2>&1; then
		cat rg.out; echo "passed with a WARNING on the console"; return 1
	fi
	grep 'error: .*the kernel complained: WARNING: CPU: 0' rg.out &&
	! WARN=1 "$top/tests/conformance/run-guest.sh" --build fakeb cs > rg.out 2>&1 &&
	grep 'the kernel complained' rg.out
}

# --- runner ---

. "$top/tests/lib/ktap.sh"
TESTS=$(grep -E '^t_[a-z0-9_]+\(\)' "$here/run.sh" | sed 's/().*//')
for p in $PROGS; do TESTS="$TESTS t_prog_$p"; done
: > "$W/results"
for t in $TESTS; do
	name=$(echo "${t#t_}" | tr _ -)
	# not inside an if, where set -e would be ignored; the tests check
	# each step's status themselves too
	(set -e; $t) > "$W/$name.log" 2>&1
	o=$(ktap_outcome $?)
	why=
	[ $o != skip ] || why=$(tail -n 1 "$W/$name.log" | tr '\t' ' ')
	printf 'host\t%s\t%s\t%s\t%s\n' "$name" $o "$why" "$W/$name.log" >> "$W/results"
done
ktap_report "$W/results" "$top/tests/known-failures"
