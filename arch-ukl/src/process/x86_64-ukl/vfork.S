/* x86_64-ukl: vfork through the UKL entry.  As in musl's vfork.s the
 * return address goes into rdx first, since the child runs on this stack
 * and overwrites its slot before the parent returns. */
#include <asm/ukl.h>
#include <bits/syscall.h>

	.text
	.global vfork
	.type vfork,@function
vfork:
	pop %rdx
	mov $SYS_vfork,%eax
	lea UKL_ENTRY(%rip),%rcx
	lea 1f(%rip),%r11
	jmp *%rcx
1:	push %rdx
	mov %rax,%rdi
	jmp __syscall_ret
	.size vfork,.-vfork
	.section .note.GNU-stack,"",@progbits
