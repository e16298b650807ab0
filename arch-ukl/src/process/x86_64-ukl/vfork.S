/* x86_64-ukl: vfork through the UKL entry.  As in musl's vfork.s the
 * return address goes into rdx first, since the child runs on this stack
 * before the parent returns.  The child also overwrites the slot the call
 * pushed; the kernel then returns to the parent by IRET from pt_regs
 * instead of ret through that slot (<asm/ukl.h>). */
#include <asm/ukl.h>
#include <bits/syscall.h>

	.text
	.global vfork
	.type vfork,@function
vfork:
	pop %rdx
	mov $SYS_vfork,%eax
	lea UKL_ENTRY(%rip),%rcx
	call *%rcx
	push %rdx
	mov %rax,%rdi
	jmp __syscall_ret
	.size vfork,.-vfork
	.section .note.GNU-stack,"",@progbits
