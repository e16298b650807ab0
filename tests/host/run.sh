#!/bin/sh
# Host tests for musl-ukl, no QEMU: audits of the kernel-model libc and of a
# linked app object, the kernel-like link, the compiler wrapper and
# configure on bad input, and real programs run on this host through the
# hosted entry shim.  Prints KTAP, then "N passed, N failed, N skipped";
# exits 1 on any failure.
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

# function headers kept, so a finding names its function
disasm() { objdump -d "$@" | awk '/>:$/ { fn = $2 } /^ / { print fn, $0 }'; }

audit_no_kernel_trap() {	# no instruction that enters the kernel itself
	! disasm "$@" | grep -E '	(syscall|sysenter|int +\$0x80)( |$)'
}
audit_no_hlt() {		# hlt in ring 0 waits instead of trapping
	! disasm "$@" | grep -E '	hlt( |$)'
}
audit_no_abs32() {		# zero-extended 32-bit addresses cannot reach the top 2 GiB
	! objdump -r "$@" | grep -w R_X86_64_32
}
audit_no_red_zone() {		# nothing below rsp: interrupts in ring 0 push there
	! disasm "$@" | grep -E '[-]0x[0-9a-f]+\(%rsp\)'
}
audit_prefixed() {		# every symbol prefixed but the kernel's own
	nm "$1" | awk -v keep="$KLIB/ukl-kernel.syms" '
		BEGIN { while ((getline s < keep) > 0) ok[s] = 1 }
		NF == 3 && $3 !~ /^ukl_/ { print "defined, not prefixed:", $3; bad = 1 }
		NF == 2 && $1 == "U" && !($2 in ok) { print "undefined, not the kernel'"'"'s:", $2; bad = 1 }
		NF == 2 && $1 == "w" && $2 !~ /^ukl_/ { print "weak, not prefixed:", $2; bad = 1 }
		END { exit bad }'
}

# --- tests ---

t_libc_no_kernel_trap() { audit_no_kernel_trap "$KLIB/libc.a" "$KLIB"/crt*.o; }
t_libc_no_hlt() { audit_no_hlt "$KLIB/libc.a" "$KLIB"/crt*.o; }
t_libc_no_abs32() { audit_no_abs32 "$KLIB/libc.a" "$KLIB"/crt*.o "$KLIB/libukl-rt.a"; }
t_libc_no_red_zone() { audit_no_red_zone "$KLIB/libc.a" "$KLIB"/crt*.o "$KLIB/libukl-rt.a"; }

# each lea of the entry is followed by the 2-byte call *%rcx
t_libc_entry_calls() {
	objdump -dr "$KLIB/libc.a" | awk '
		/R_X86_64_PC32[ \t]+ukl_entry_SYSCALL_64-0x0*4$/ { leas++; want = 1; next }
		want && /^ +[0-9a-f]+:/ { if ($0 ~ /\tff d1 +\tcall +\*%rcx/) calls++; else print "not a call:", $0; want = 0 }
		END { print "entry leas:", leas, "calls after them:", calls; exit !(leas > 300 && leas == calls) }'
}

# __cp_end directly follows the call, so a restart (ip - 2) lands on it
t_cp_end_follows_call() {
	o=$W/syscall_cp.o
	(cd "$W" && ar x "$KLIB/libc.a" syscall_cp.o)
	end=$(nm "$o" | awk '$3 == "__cp_end" { print $1 }')
	[ -n "$end" ] || { echo "no __cp_end"; return 1; }
	at=$(printf '%x' $((0x$end - 2)))
	objdump -d "$o" | grep -E "^ +$at:	ff d1 "
}

# __restore_rt: rax = 15, lea, call: no push between the handler's ret and
# the entry, so the kernel finds the frame at rsp - 8
t_restore_rt_shape() {
	(cd "$W" && ar x "$KLIB/libc.a" restore.o)
	objdump -d "$W/restore.o" | awk -F'\t' '/^ +[0-9a-f]+:/ { print $3 }' |
		sed 's/ *#.*//' > "$W/restore.txt"
	cat "$W/restore.txt"
	printf '%s\n' 'mov    $0xf,%eax' 'lea    0x0(%rip),%rcx' 'call   *%rcx' 'ud2' |
		diff - "$W/restore.txt"
}

# libc's only unresolved names: the entry and the rt helpers, which
# libukl-rt defines
t_libc_undefined() {
	nm "$KLIB/libc.a" 2>/dev/null | awk '$1 == "U" { print $2 }' | sort -u > und
	nm "$KLIB/libc.a" "$KLIB/libukl-rt.a" 2>/dev/null | awk 'NF == 3 && $2 ~ /[TDBRW]/ { print $3 }' | sort -u > def
	comm -23 und def > left
	cat left
	[ "$(cat left)" = ukl_entry_SYSCALL_64 ]
}

# clock_gettime must not use the vDSO, whose fallback runs syscall
t_no_vdso() {
	(cd "$W" && ar x "$KLIB/libc.a" clock_gettime.o)
	! nm "$W/clock_gettime.o" | grep vdso
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
	app && gcc -c -o stub.o "$FIX/kernel-stub.S" &&
	ld -T "$FIX/kernel-like.ld" --orphan-handling=error -o vm app.ukl stub.o || return 1
	readelf -lW vm | grep -E 'TLS .* 0x4$' &&
	nm vm | awk '$3 == "__init_array_start" { s = $1 } $3 == "__init_array_end" { e = $1 }
		END { print "init array", s, e; exit !(s != "" && s != e) }'
}

# without the init/fini array symbols the link must fail, not drop ctors
t_kernel_link_needs_array_symbols() {
	app && gcc -c -o stub.o "$FIX/kernel-stub.S" || return 1
	! ld -T "$FIX/kernel-like-no-arrays.ld" -o vm2 app.ukl stub.o 2> err && grep "__init_array_start" err
}

# a kernel of another ABI version does not link with the app
t_kernel_link_checks_abi_version() {
	app && gcc -c -o stub2.o "$FIX/kernel-stub-v2.S" || return 1
	! ld -T "$FIX/kernel-like.ld" -o vm3 app.ukl stub2.o 2> err && grep "ukl_abi_version_1" err
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

# one ABI header: the kernel series adds exactly the file musl-ukl uses
t_abi_header_matches_series() {
	p=$(grep -l '^+++ b/arch/x86/include/uapi/asm/ukl.h$' "$top"/kernel-patches/*/0*.patch) || return 1
	for f in $p; do
		awk '/^\+\+\+ b\/arch\/x86\/include\/uapi\/asm\/ukl.h$/ { on = 1; next }
			on && /^@@/ { next } on && /^\+/ { print substr($0, 2); next } on { exit }' "$f" |
			diff - "$top/kernel-patches/include/uapi/asm/ukl.h" || { echo "differs: $f"; return 1; }
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
	"$HCC" -O2 -Wall -o "prog-$name" "$here/prog/$name.c" -lpthread -lm || return 1
	timeout 60 "./prog-$name" "$@"
}

PROGS=$(cd "$here/prog" && ls *.c | sed 's/\.c$//')
for p in $PROGS; do
	case $p in
	env) eval "t_prog_$p() { UKL_TEST_VAR=v=1 prog env 'first arg' 2; }" ;;
	*) eval "t_prog_$p() { prog $p; }" ;;
	esac
done

# --- runner ---

TESTS=$(grep -E '^t_[a-z0-9_]+\(\)' "$here/run.sh" | sed 's/().*//')
for p in $PROGS; do TESTS="$TESTS t_prog_$p"; done
known=$here/known-failures
total=$(echo $TESTS | wc -w)
n=0 pass=0 fail=0 skip=0
echo "KTAP version 1"
echo "1..$total"
for t in $TESTS; do
	n=$((n + 1))
	name=$(echo "${t#t_}" | tr _ -)
	reason=$(awk -v n="$name" '$1 == n { $1 = ""; sub(/^ /, ""); print }' "$known" 2>/dev/null)
	if (set -e; $t) > "$W/$name.log" 2>&1; then
		if [ -n "$reason" ]; then
			echo "not ok $n $name # passes but is listed in tests/host/known-failures"
			fail=$((fail + 1))
		else
			echo "ok $n $name"
			pass=$((pass + 1))
		fi
	elif [ -n "$reason" ]; then
		echo "ok $n $name # SKIP known failure: $reason"
		skip=$((skip + 1))
	else
		sed 's/^/# /' "$W/$name.log" | tail -n 40
		echo "not ok $n $name"
		fail=$((fail + 1))
	fi
done
echo "# Totals: pass:$pass fail:$fail skip:$skip"
echo "$pass passed, $fail failed, $skip skipped"
[ $fail = 0 ] && [ $n = "$total" ] && [ $n -gt 0 ]
