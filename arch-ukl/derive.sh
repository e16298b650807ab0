#!/bin/sh
# Files that differ from a pristine musl file in one spot, made by an edit
# that must match exactly once.  Usage: derive.sh FARM (a merged musl tree).
set -eu
farm=$1

# derive SRC DST OLD NEW WHY: copy SRC to DST with the one line OLD -> NEW
derive() {
	n=$(grep -cF -- "$3" "$farm/$1" || true)
	[ "$n" = 1 ] || { echo "derive.sh: '$3' found $n times in $1, expected once" >&2; exit 1; }
	mkdir -p "$(dirname "$farm/$2")"
	{
		printf '/* Generated from %s by arch-ukl/derive.sh: %s */\n' "$1" "$5"
		awk -v old="$3" -v new="$4" 'index($0, old) { sub(/[^\t].*/, new) } 1' "$farm/$1"
	} > "$farm/$2.tmp"
	mv "$farm/$2.tmp" "$farm/$2"
}

derive arch/x86_64/atomic_arch.h arch/x86_64-ukl/atomic_arch.h \
	'__asm__ __volatile__( "hlt" : : : "memory" );' \
	'__asm__ __volatile__( "ud2" : : : "memory" );' \
	'a_crash must trap; hlt in ring 0 only waits for the next interrupt.'

derive src/env/__init_tls.c src/env/x86_64-ukl/__init_tls.c \
	'if (libc.tls_size > sizeof builtin_tls) {' \
	'if (1) {' \
	'the main-thread TLS block is always mmapped: builtin_tls lies in the kernel half, where the kernel refuses an FS base.'

# expm1l keeps the constant -65.0f in the red zone; exp2l beside it does not
derive src/math/x86_64/exp2l.s src/math/x86_64-ukl/exp2l.s \
	'movl $0xc2820000,-4(%rsp)' \
	'sub $8,%rsp; movl $0xc2820000,(%rsp)' \
	'expm1l keeps a constant in the red zone: below rsp, which an interrupt in ring 0 overwrites.'
derive src/math/x86_64-ukl/exp2l.s src/math/x86_64-ukl/exp2l.s \
	'flds -4(%rsp)' \
	'flds (%rsp); add $8,%rsp' \
	'the second half of the same edit.'
