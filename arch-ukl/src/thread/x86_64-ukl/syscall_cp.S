/* x86_64-ukl: the cancellable syscall goes through the UKL entry.  __cp_end
 * is the return address and directly follows the 2-byte jump: a signal
 * during the call reports it, and a restart rewinds it by 2 onto the jump,
 * inside [__cp_begin, __cp_end), which pthread_cancel's handler tests. */
#include <asm/ukl.h>

/*
 * long __syscall_cp_asm(volatile int *cancel, long nr,
 *                       long a, long b, long c, long d, long e, long f)
 * in:  rdi cancel, rsi nr, rdx rcx r8 r9 8(%rsp) 16(%rsp) args 1-6
 * out: rax result; jumps to __cancel if cancellation is pending
 */
	.text
	.global __cp_begin
	.hidden __cp_begin
	.global __cp_end
	.hidden __cp_end
	.global __cp_cancel
	.hidden __cp_cancel
	.hidden __cancel
	.global __syscall_cp_asm
	.hidden __syscall_cp_asm
	.type __syscall_cp_asm,@function
__syscall_cp_asm:
__cp_begin:
	mov (%rdi),%eax
	test %eax,%eax
	jnz __cp_cancel
	mov %rdi,%r11
	mov %rsi,%rax		/* nr */
	mov %rdx,%rdi
	mov %rcx,%rsi
	mov %r8,%rdx
	mov %r9,%r10
	mov 8(%rsp),%r8
	mov 16(%rsp),%r9
	mov %r11,8(%rsp)
	lea UKL_ENTRY(%rip),%rcx
	lea __cp_end(%rip),%r11
	jmp *%rcx
__cp_end:
	ret
__cp_cancel:
	jmp __cancel
	.size __syscall_cp_asm,.-__syscall_cp_asm
	.section .note.GNU-stack,"",@progbits
