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
 *     UKL_CLOCK_GETTIME, UKL_GETCPU, UKL_SYS_DIRECT(name)
 *                                  kernel functions the app calls directly
 *                                  (below)
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
 *     lea  1f(%rip), %r11
 *     jmp  *%rcx                   (2 bytes, ff e1: as long as syscall)
 *   1:
 *
 *   on entry   rax   syscall number
 *              rdi rsi rdx r10 r8 r9   arguments 1-6
 *              rcx   UKL_ENTRY (the kernel relies on it to restart the call)
 *              r11   the return address (canonical, else SIGSEGV and no
 *                    call)
 *              rsp   the caller's; the entry neither reads nor writes the
 *                    stack
 *              IF    1; the other flags (DF, NT, AC, TF) do not reach the
 *                    kernel, which runs with flags of its own
 *   on return  rax   result, -4095..-1 being -errno
 *              rcx r11 and the arithmetic flags: undefined
 *              every other general register, rsp, the vector registers,
 *              IF, DF and NT as on entry; AC set
 *   AC         the app runs with EFLAGS.AC set, which lets its ring-0
 *              code reach its user-half memory (stack, heap, mmaps) with
 *              SMAP on; every return to the app sets AC.  With AC clear
 *              any access the app makes to that memory is a SIGSEGV
 *              (SEGV_ACCERR), and so is an interrupt that arrives then;
 *              si_addr is on the app's stack, where the CPU could not
 *              push the exception's or interrupt's frame.
 *   stack      interrupts and exceptions push their frames below the
 *              app's rsp, in ring 0 as they arrive (UKL_ENTRY_STACK_BYTES
 *              is what a stand-in entry may use), so no caller may keep
 *              data there: build with -mno-red-zone.
 *
 *   Version 2 passes the return address in r11; version 1 had the call
 *   push it, so that the kernel had to read the app's stack with
 *   interrupts off and a vfork child could overwrite it.
 *
 *   Inside the kernel, pt_regs describe the call as if a syscall instruction
 *   stood in its place: ip = r11, sp = rsp, cx = UKL_ENTRY.
 *   Hence unchanged kernel code applies:
 *     restart      ip -= 2 lands on "jmp *%rcx", rcx and r11 still hold
 *                  UKL_ENTRY and the return address (the kernel checks the
 *                  bytes and rcx; a call made any other way is not
 *                  repeated but fails with EINTR);
 *     rt_sigreturn __restore_rt is "mov $15,%eax; lea; lea; jmp *%rcx"
 *                  with no push after the handler's ret, so the frame is at
 *                  pt_regs->sp - 8 as for syscall;
 *     clone        a child with a new stack resumes at the return address
 *                  with rsp = that stack and rax = 0.
 *
 * Kernel functions, called with the C ABI in app mode instead of the vDSO
 *   (which a ring-0 app cannot use: its fallback executes syscall).  They
 *   read what the vDSO reads, under the same seqcount, and return
 *   UKL_FALLBACK (not an errno) where the vDSO would make the system call;
 *   then the caller makes it.
 *     int UKL_CLOCK_GETTIME(clockid_t clock, struct __kernel_timespec *ts)
 *                  0, or UKL_FALLBACK: a clock the vDSO does not read, a
 *                  clocksource other than the TSC, a time namespace
 *     long UKL_GETCPU(unsigned int *cpu, unsigned int *node, void *unused)
 *                  0; as getcpu(2), either pointer may be NULL
 *
 * System calls as kernel functions, called with the C ABI in app mode
 *     int UKL_SYS_DIRECT(name)(void)
 *                  for name = getpid, getppid, gettid, getuid, geteuid,
 *                  getgid, getegid: the id that system call returns (a
 *                  pid_t, uid_t or gid_t), made without building pt_regs
 *                  (calls that take no argument, touch no app memory,
 *                  never sleep and are never restarted).  A task with
 *                  syscall work (seccomp, ptrace, audit, tracepoints,
 *                  syscall user dispatch) makes the call through
 *                  UKL_ENTRY instead, as a jump from the function's
 *                  return address: tracers and filters see that ip.
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
 *   A stack the CPU cannot push an exception's or interrupt's frame on
 *   (non-canonical, unmapped, read-only) is a SIGSEGV with si_addr = rsp,
 *   or the address the push missed.  A machine check in the app's code
 *   is the app's, as a normal process's: an uncorrected error in a load
 *   from its pages (heap, stack, mappings) is a SIGBUS (BUS_MCEERR_AR),
 *   from its static data a SIGBUS (SI_KERNEL); one in its text or
 *   read-only data, in the kernel image, panics.
 *
 * Static data: every UKL process maps its own copy of the app's .data and
 *   .bss at the addresses they were linked at (the top 1 GiB), fresh from
 *   the image at each exec, copied whole at fork; threads and vfork
 *   children share it.  Any number of UKL processes run at once.  System
 *   calls accept pointers into it, but zero-copy paths (O_DIRECT,
 *   vmsplice, MSG_ZEROCOPY) and other processes' access (/proc/PID/mem,
 *   process_vm_readv) do not reach it: EFAULT.
 *
 * Errors that differ from a normal process
 *   starting the app without permission          EPERM
 *   tracing a UKL task or writing its memory     EPERM (/proc/PID/mem:
 *   without CAP_SYS_MODULE, whatever the uids,   EACCES)
 *   or starting the app under such a tracer
 *   PTRACE_SINGLESTEP, PTRACE_SINGLEBLOCK or     EOPNOTSUPP
 *   PTRACE_SYSEMU_SINGLESTEP of a UKL task, or
 *   PTRACE_POKEUSER of DR7 enabling a hardware
 *   breakpoint (no #DB reaches a tracer)
 *   ptrace setting a non-canonical ip or sp      EIO
 */
#ifndef _UAPI_ASM_X86_UKL_H
#define _UAPI_ASM_X86_UKL_H

#define UKL_ABI_VERSION		2

#define UKL_SYMBOL_PREFIX	ukl_
#define UKL_SECTION_PREFIX	".ukl"
#define UKL_ENTRY		ukl_entry_SYSCALL_64
#define UKL_APP_START		ukl__start
#define UKL_ABI_SYMBOL		ukl_abi_version_2
#define UKL_CLOCK_GETTIME	__ukl_clock_gettime
#define UKL_GETCPU		__ukl_getcpu
#define UKL_FALLBACK		1
#define UKL_SYS_DIRECT(name)	__ukl_sys_##name

#define UKL_ENTRY_STACK_BYTES	16

#endif /* _UAPI_ASM_X86_UKL_H */
