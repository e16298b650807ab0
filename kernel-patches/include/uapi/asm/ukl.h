/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * UKL (Unikernel Linux) application binary interface, x86-64.
 *
 * A UKL app is linked into vmlinux and runs in ring 0 with its stack, heap,
 * mmaps and TLS in the user half of its own mm.  It enters the kernel with a
 * near call instead of the syscall instruction.  This header is the whole
 * contract between the kernel and the libc that makes such calls; it holds
 * only macros so that C and assembly on both sides can include it.
 *
 * Symbols
 *   Every symbol of the app object is renamed UKL_SYMBOL_PREFIX + name, so no
 *   app symbol can bind to a kernel symbol by accident.  These keep their
 *   names and bind to the kernel or to its linker script:
 *     UKL_ENTRY                    the syscall entry (kernel text)
 *     UKL_ABI_SYMBOL               defined by a kernel implementing this
 *                                  version; an app built for another version
 *                                  fails to link
 *     __init_array_start/end, __fini_array_start/end
 *                                  bounds of the app's constructor and
 *                                  destructor arrays (linker script); the app
 *                                  references them strongly, so a kernel link
 *                                  that lacks them fails instead of silently
 *                                  running no constructors
 *   The kernel starts the app at UKL_APP_START (the prefixed _start).
 *   Every allocated section NAME of the app object is renamed
 *   UKL_SECTION_PREFIX + NAME (.ukl.text.*, .ukl.tdata, .ukl.init_array),
 *   so that the kernel's linker script places each one on purpose and no
 *   kernel input section pattern takes an app section by accident.
 *
 * Syscall entry: the caller executes
 *     lea  UKL_ENTRY(%rip), %rcx
 *     call *%rcx                   (2 bytes, ff d1: as long as syscall)
 *
 *   on entry   rax   syscall number
 *              rdi rsi rdx r10 r8 r9   arguments 1-6
 *              rcx   UKL_ENTRY (the kernel relies on it to restart the call)
 *              rsp   caller's rsp - 8, holding the return address
 *              IF    1; the other flags (DF, NT, AC, TF) do not reach the
 *                    kernel, which runs with flags of its own
 *   on return  rax   result, -4095..-1 being -errno
 *              rcx r11 and the arithmetic flags: undefined
 *              rsp   caller's rsp (the return address popped)
 *              every other general register, the vector registers, IF,
 *              DF, NT and AC as on entry
 *   stack      the entry may overwrite UKL_ENTRY_STACK_BYTES below the
 *              caller's rsp (the return address and one saved word), so no
 *              caller may keep data there: build with -mno-red-zone.
 *
 *   Inside the kernel, pt_regs describe the call as if a syscall instruction
 *   stood in its place: ip = return address, sp = caller's rsp, cx = rcx.
 *   Hence unchanged kernel code applies:
 *     restart      ip -= 2 lands on "call *%rcx", rcx still holds UKL_ENTRY
 *                  (the kernel checks both; a call made any other way is
 *                  not repeated but fails with EINTR);
 *     rt_sigreturn __restore_rt is "mov $15,%eax; lea; call *%rcx" with no
 *                  other push after the handler's ret, so the frame is at
 *                  pt_regs->sp - 8 as for syscall;
 *     clone        a child with a new stack resumes at the return address
 *                  with rsp = that stack and rax = 0; nothing is popped from
 *                  the new stack.
 *
 * Start: the kernel enters UKL_APP_START in ring 0 with the kernel GS base,
 *   rsp pointing at argc, argv[], envp[] and auxv built by the normal exec
 *   code.  AT_PHDR/AT_PHNUM/AT_PHENT describe an array of Elf64_Phdr in the
 *   user half holding at least the app's PT_TLS (absolute p_vaddr of its
 *   init image, real p_align) and no PT_PHDR.
 *   The app must place every thread pointer (FS base) in the user half.
 *
 * App code enters and leaves the kernel only through UKL_ENTRY: an app
 *   object containing syscall, sysenter, sysexit, sysret, swapgs, wrfsbase,
 *   wrgsbase, wrmsr, a move to %gs or int $0x80 does not link into the
 *   kernel.  A clone() child's stack must lie in the user half (EINVAL).
 *
 * Errors that differ from a normal process
 *   starting the app without permission          EPERM
 *   starting it while a UKL task of another      EBUSY
 *   thread group lives (the app's vfork child
 *   exec'ing the UKL file included)
 *   fork() of a UKL process (shared app data)    EOPNOTSUPP
 *   tracing a UKL task or writing its memory     EPERM (/proc/PID/mem:
 *   without CAP_SYS_MODULE, whatever the uids,   EACCES)
 *   or starting the app under such a tracer
 *   PTRACE_SINGLESTEP, PTRACE_SINGLEBLOCK or     EOPNOTSUPP
 *   PTRACE_SYSEMU_SINGLESTEP of a UKL task
 *   ptrace setting a non-canonical ip or sp      EIO
 */
#ifndef _UAPI_ASM_X86_UKL_H
#define _UAPI_ASM_X86_UKL_H

#define UKL_ABI_VERSION		1

#define UKL_SYMBOL_PREFIX	ukl_
#define UKL_SECTION_PREFIX	".ukl"
#define UKL_ENTRY		ukl_entry_SYSCALL_64
#define UKL_APP_START		ukl__start
#define UKL_ABI_SYMBOL		ukl_abi_version_1

#define UKL_ENTRY_STACK_BYTES	16

#endif /* _UAPI_ASM_X86_UKL_H */
