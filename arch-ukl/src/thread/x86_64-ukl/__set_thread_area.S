/* x86_64-ukl: arch_prctl(ARCH_SET_FS) through the UKL entry.  The kernel
 * refuses an FS base in the kernel half, so tp must be a user-half address
 * (musl-ukl's __init_tls always maps the main thread's block). */
#include <asm/ukl.h>
#include <bits/syscall.h>

#define ARCH_SET_FS 0x1002

/* int __set_thread_area(void *tp): rdi tp; out: rax 0 or -errno */
	.text
	.global __set_thread_area
	.hidden __set_thread_area
	.type __set_thread_area,@function
__set_thread_area:
	mov %rdi,%rsi
	mov $ARCH_SET_FS,%edi
	mov $SYS_arch_prctl,%eax
	lea UKL_ENTRY(%rip),%rcx
	lea 1f(%rip),%r11
	jmp *%rcx
1:	ret
	.size __set_thread_area,.-__set_thread_area
	.section .note.GNU-stack,"",@progbits
