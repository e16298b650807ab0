/* A user-mode stand-in for the kernel's UKL entry, for host tests only.  A
 * hosted musl-ukl calls it exactly as it calls the kernel (<asm/ukl.h>), and
 * it runs syscall for the caller, keeping the return address (r11, which
 * syscall clobbers) on the stack.  Three calls need more than that to leave
 * the state the kernel's entry leaves:
 *   rt_sigreturn  the kernel finds the frame 8 bytes below the caller's rsp,
 *                 so nothing is pushed;
 *   clone         a child with a new stack resumes at the return address
 *                 with rsp = that stack, so the return address is copied
 *                 below the new stack top and the child returns through
 *                 the copy;
 *   vfork         the child runs on the caller's stack first and may
 *                 overwrite what we push: both return through a copy kept
 *                 in memory (one vfork at a time; tests only).
 * The kernel functions of the ABI answer by the system call.
 * ukl_hosted_calls counts the calls, so tests can see that libc came here. */
#include <asm/ukl.h>
#include <bits/syscall.h>

/*
 * in:  rax number, rdi rsi rdx r10 r8 r9 arguments, r11 return address
 * out: rax result; rcx r11 and flags clobbered; others preserved
 */
	.text
	.global UKL_ENTRY
	.type UKL_ENTRY,@function
UKL_ENTRY:
	lock incq ukl_hosted_calls(%rip)
	cmp $SYS_rt_sigreturn,%eax
	je 1f
	cmp $SYS_clone,%eax
	je 2f
	cmp $SYS_vfork,%eax
	je 3f
0:	push %r11
	syscall
	ret
1:	syscall
	ud2
2:	test %rsi,%rsi
	jz 0b
	sub $8,%rsi
	mov %r11,(%rsi)
	push %r11
	syscall
	add $8,%rsi		/* both: rsi as the caller passed it */
	ret			/* the child pops the copy on its new stack */
3:	mov %r11,vfork_return(%rip)
	syscall
	jmp *vfork_return(%rip)
	.size UKL_ENTRY,.-UKL_ENTRY

/* the C ABI's arguments are the system call's (rdi, rsi, rdx) */
	.global UKL_CLOCK_GETTIME
	.type UKL_CLOCK_GETTIME,@function
UKL_CLOCK_GETTIME:
	mov $SYS_clock_gettime,%eax
	syscall
	ret
	.size UKL_CLOCK_GETTIME,.-UKL_CLOCK_GETTIME

	.global UKL_GETCPU
	.type UKL_GETCPU,@function
UKL_GETCPU:
	mov $SYS_getcpu,%eax
	syscall
	ret
	.size UKL_GETCPU,.-UKL_GETCPU

/* the system calls that the kernel offers as functions (no arguments) */
.macro SYS_DIRECT name nr
	.global \name
	.type \name,@function
\name:
	lock incq ukl_hosted_calls(%rip)
	mov $\nr,%eax
	syscall
	ret
	.size \name,.-\name
.endm
	SYS_DIRECT UKL_SYS_DIRECT(getpid) SYS_getpid
	SYS_DIRECT UKL_SYS_DIRECT(getppid) SYS_getppid
	SYS_DIRECT UKL_SYS_DIRECT(gettid) SYS_gettid
	SYS_DIRECT UKL_SYS_DIRECT(getuid) SYS_getuid
	SYS_DIRECT UKL_SYS_DIRECT(geteuid) SYS_geteuid
	SYS_DIRECT UKL_SYS_DIRECT(getgid) SYS_getgid
	SYS_DIRECT UKL_SYS_DIRECT(getegid) SYS_getegid

/* the kernel defines this when it implements UKL_ABI_VERSION */
	.section .rodata
	.global UKL_ABI_SYMBOL
UKL_ABI_SYMBOL:
	.quad UKL_ABI_VERSION

	.bss
	.balign 8
	.global ukl_hosted_calls
ukl_hosted_calls:
	.quad 0
vfork_return:
	.quad 0
	.section .note.GNU-stack,"",@progbits
