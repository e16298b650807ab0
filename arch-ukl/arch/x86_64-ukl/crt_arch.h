/* x86_64-ukl: _start without the _DYNAMIC reference (never dynamic), ending
 * in ud2 because hlt does not trap in ring 0.  The .rodata words are strong
 * references to what the kernel link must define (<asm/ukl.h>): without them
 * musl's weak __init_array_* references would resolve to 0 and constructors
 * would silently not run. */
#include <asm/ukl.h>

#define __UKL_STR(x) #x
#define __UKL_XSTR(x) __UKL_STR(x)

__asm__(
".section .rodata.ukl_abi,\"a\" \n"
".balign 8 \n"
".quad " __UKL_XSTR(UKL_ABI_SYMBOL) " \n"
".quad __init_array_start, __init_array_end \n"
".quad __fini_array_start, __fini_array_end \n"
".text \n"
".global " START " \n"
".type " START ",@function \n"
START ": \n"
"	xor %rbp,%rbp \n"
"	mov %rsp,%rdi \n"
"	andq $-16,%rsp \n"
"	call " START "_c \n"
"	ud2 \n"
);
