/* x86_64-ukl: clone and exit go through the UKL entry; ud2, not hlt, if
 * exit ever returns.  rcx and r11 are free for the entry and the return
 * address once arg is on the new stack.  The child resumes at the return
 * address with rsp = the new stack (<asm/ukl.h>) and finds fn in r9,
 * which the entry preserves. */
#include <asm/ukl.h>
#include <bits/syscall.h>

/*
 * int __clone(int (*fn)(void *), void *stack, int flags, void *arg,
 *             pid_t *ptid, void *tls, pid_t *ctid)
 * in:  rdi fn, rsi stack, rdx flags, rcx arg, r8 ptid, r9 tls, 8(%rsp) ctid
 * clone(flags, stack, ptid, ctid, tls) takes rdi rsi rdx r10 r8
 * out: parent: child's tid or -errno; child: does not return
 */
	.text
	.global __clone
	.hidden __clone
	.type __clone,@function
__clone:
	mov $SYS_clone,%eax
	mov %rdi,%r11
	mov %rdx,%rdi		/* flags */
	mov %r8,%rdx		/* ptid */
	mov %r9,%r8		/* tls */
	mov 8(%rsp),%r10	/* ctid */
	mov %r11,%r9		/* fn */
	and $-16,%rsi
	sub $8,%rsi
	mov %rcx,(%rsi)		/* arg, popped by the child */
	lea UKL_ENTRY(%rip),%rcx
	lea 1f(%rip),%r11
	jmp *%rcx
1:	test %eax,%eax
	jnz 2f
	xor %ebp,%ebp
	pop %rdi
	call *%r9
	mov %eax,%edi
	mov $SYS_exit,%eax
	lea UKL_ENTRY(%rip),%rcx
	lea 3f(%rip),%r11
	jmp *%rcx
3:	ud2
2:	ret
	.size __clone,.-__clone
	.section .note.GNU-stack,"",@progbits
