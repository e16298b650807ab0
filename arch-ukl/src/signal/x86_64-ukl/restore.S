/* x86_64-ukl: rt_sigreturn through the UKL entry.  The handler's ret popped
 * the frame's return address and nothing may push after it, so the kernel
 * finds the frame 8 bytes below rsp, as for syscall; it never returns. */
#include <asm/ukl.h>
#include <bits/syscall.h>

	.text
	.global __restore_rt
	.hidden __restore_rt
	.type __restore_rt,@function
__restore_rt:
	mov $SYS_rt_sigreturn,%eax
	lea UKL_ENTRY(%rip),%rcx
	lea 1f(%rip),%r11
	jmp *%rcx
1:	ud2
	.size __restore_rt,.-__restore_rt
	.section .note.GNU-stack,"",@progbits
