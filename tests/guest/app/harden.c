/* What an app bug or another process must not do to the kernel: flags the
 * app leaves set reach no kernel code; a second instance that the app's
 * vfork child starts leaves the running one's data alone; a process of
 * the app's uid cannot trace it or write its memory (the checks from
 * outside are in tests/guest/normal.c). */
#define _GNU_SOURCE
#include <stdint.h>
#include <errno.h>
#include <pthread.h>
#include <setjmp.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/time.h>
#include <sys/ucontext.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <asm/ukl.h>
#include "ukl_test.h"

#define EFLAGS_DF 0x400UL
#define EFLAGS_NT 0x4000UL

/* a system call made with DF and NT set; *flags: what the app has after */
static long call_with_df_nt(long nr, long a1, long a2, long a3, unsigned long *flags)
{
	long r;

	__asm__ __volatile__ (
		"pushfq\n\t"
		"orq $" XSTR(EFLAGS_DF | EFLAGS_NT) ", (%%rsp)\n\t"
		"popfq\n\t"
		UKL_JUMP
		"pushfq\n\t"
		"popq %1\n\t"
		"pushfq\n\t"
		"andq $~" XSTR(EFLAGS_DF | EFLAGS_NT) ", (%%rsp)\n\t"
		"popfq"
		: "=a"(r), "=&r"(*flags)
		: "a"(nr), "D"(a1), "S"(a2), "d"(a3)
		: "rcx", "r11", "memory", "cc");
	return r;
}

/*
 * The call entry clears DF and NT for the kernel as syscall's flag mask
 * does (DF=1 would run the kernel's copies backwards, NT=1 make its IRET
 * fault) and gives them back: the data is whole, the flags are the app's.
 */
UKL_TEST(flags_sanitised)
{
	char out[64], in[64];
	unsigned long flags;
	int p[2], i;

	(void)argc; (void)argv;
	for (i = 0; i < 64; i++)
		out[i] = 'a' + i % 26;
	memset(in, 0, sizeof in);
	if (!T(pipe(p) == 0))
		return 1;
	T_INT(call_with_df_nt(SYS_write, p[1], (long)out, sizeof out, &flags), 64);
	T_HEX(flags & (EFLAGS_DF | EFLAGS_NT), EFLAGS_DF | EFLAGS_NT);
	T_INT(call_with_df_nt(SYS_read, p[0], (long)in, sizeof in, &flags), 64);
	T_HEX(flags & (EFLAGS_DF | EFLAGS_NT), EFLAGS_DF | EFLAGS_NT);
	T(!memcmp(in, out, sizeof out));
	/* and a call that sleeps, so that the task leaves through schedule() */
	T_INT(call_with_df_nt(SYS_nanosleep, (long)&(struct timespec){ 0, 1000000 }, 0, 0, &flags), 0);
	T_HEX(flags & (EFLAGS_DF | EFLAGS_NT), EFLAGS_DF | EFLAGS_NT);
	close(p[0]);
	close(p[1]);
	return 0;
}

static int spawned_canary = 1;
static int spawned_bss;

/*
 * posix_spawn of the UKL file from the running app: the vfork child shares
 * the app's mm until its exec, which gives the new instance data of its
 * own; this instance's .data and .bss are not reset under it.
 */
UKL_TEST(spawn_self)
{
	char *args[] = { "/ukl", "fresh", 0 };
	extern char **environ;
	pid_t pid;
	int err, status = -1;

	(void)argc; (void)argv;
	spawned_canary = 1234;
	spawned_bss = 7;
	err = posix_spawn(&pid, "/ukl", 0, 0, args, environ);
	T_STR(strerror(err), strerror(0));
	if (err == 0)
		T_INT((int)waitpid(pid, &status, 0), (int)pid);
	T_INT(status, 0);
	T_INT(spawned_canary, 1234);
	T_INT(spawned_bss, 7);
	return 0;
}

/*
 * For normal-ptrace-*: drop to uid and gid 1000 (argv[1] "drop"), or stay
 * root, stay dumpable as a server wanting core dumps would, say "ready",
 * then make a few system calls and wait for SIGTERM.
 */
UKL_TEST(ptrace_target)
{
	int i;

	if (argc > 1 && !strcmp(argv[1], "drop")) {
		if (!T(setresgid(1000, 1000, 1000) == 0) || !T(setresuid(1000, 1000, 1000) == 0))
			return 1;
	}
	T_INT(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
	printf("ready\n");
	fflush(stdout);
	for (i = 0; i < 100; i++) {
		getppid();
		usleep(20000);
	}
	return 0;
}

/* rax rbx rcx rdx rsi rdi rbp r8-r15: what the app holds at the int3 */
static const unsigned long regs_want[15] = {
	0x1111111111111101, 0x2222222222222202, 0x3333333333333303,
	0x4444444444444404, 0x5555555555555505, 0x6666666666666606,
	0x7777777777777707, 0x8888888888888808, 0x9999999999999909,
	0xaaaaaaaaaaaaaa0a, 0xbbbbbbbbbbbbbb0b, 0xcccccccccccccc0c,
	0xdddddddddddddd0d, 0xeeeeeeeeeeeeee0e, 0xffffffffffffff0f,
};
static const int regs_greg[15] = {
	REG_RAX, REG_RBX, REG_RCX, REG_RDX, REG_RSI, REG_RDI, REG_RBP,
	REG_R8, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
};
static unsigned long regs_got[15], regs_seen[15], trap_rip;
static volatile int trap_sig, trap_code;
extern const char ukl_test_after_int3[];

static void on_trap(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	int i;

	trap_sig = sig;
	trap_code = si->si_code;
	trap_rip = uc->uc_mcontext.gregs[REG_RIP];
	for (i = 0; i < 15; i++)
		regs_seen[i] = uc->uc_mcontext.gregs[regs_greg[i]];
}

/* every general register set, int3, every register stored */
__attribute__((noinline)) static void int3_with_regs(void)
{
	__asm__ __volatile__ (
		"push %%rbp\n\t"
		"lea %[want], %%rax\n\t"
		"mov 8(%%rax), %%rbx\n\t"
		"mov 16(%%rax), %%rcx\n\t"
		"mov 24(%%rax), %%rdx\n\t"
		"mov 32(%%rax), %%rsi\n\t"
		"mov 40(%%rax), %%rdi\n\t"
		"mov 48(%%rax), %%rbp\n\t"
		"mov 56(%%rax), %%r8\n\t"
		"mov 64(%%rax), %%r9\n\t"
		"mov 72(%%rax), %%r10\n\t"
		"mov 80(%%rax), %%r11\n\t"
		"mov 88(%%rax), %%r12\n\t"
		"mov 96(%%rax), %%r13\n\t"
		"mov 104(%%rax), %%r14\n\t"
		"mov 112(%%rax), %%r15\n\t"
		"mov (%%rax), %%rax\n\t"
		"int3\n"
		".globl ukl_test_after_int3\n"
		"ukl_test_after_int3:\n\t"
		"push %%rax\n\t"
		"lea %[got], %%rax\n\t"
		"mov %%rbx, 8(%%rax)\n\t"
		"mov %%rcx, 16(%%rax)\n\t"
		"mov %%rdx, 24(%%rax)\n\t"
		"mov %%rsi, 32(%%rax)\n\t"
		"mov %%rdi, 40(%%rax)\n\t"
		"mov %%rbp, 48(%%rax)\n\t"
		"mov %%r8, 56(%%rax)\n\t"
		"mov %%r9, 64(%%rax)\n\t"
		"mov %%r10, 72(%%rax)\n\t"
		"mov %%r11, 80(%%rax)\n\t"
		"mov %%r12, 88(%%rax)\n\t"
		"mov %%r13, 96(%%rax)\n\t"
		"mov %%r14, 104(%%rax)\n\t"
		"mov %%r15, 112(%%rax)\n\t"
		"pop (%%rax)\n\t"
		"pop %%rbp"
		: [got] "=m"(regs_got)
		: [want] "m"(regs_want)
		: "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10",
		  "r11", "r12", "r13", "r14", "r15", "memory", "cc");
}

/*
 * int3 in app code raises SIGTRAP (TRAP_BRKPT), the handler sees every
 * register as the app had it and rip after the int3, and the app goes on
 * with all its registers intact.
 */
UKL_TEST(int3_sigtrap)
{
	struct sigaction sa;
	int i;

	(void)argc; (void)argv;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_trap;
	sa.sa_flags = SA_SIGINFO;
	T(sigaction(SIGTRAP, &sa, 0) == 0);
	int3_with_regs();
	T_INT(trap_sig, SIGTRAP);
	T_INT(trap_code, SI_KERNEL);
	T_HEX(trap_rip, (uintptr_t)ukl_test_after_int3);
	for (i = 0; i < 15; i++) {
		if (regs_seen[i] != regs_want[i])
			t_error("in the handler, register %d = %#lx, expected %#lx\n", i, regs_seen[i], regs_want[i]);
		if (regs_got[i] != regs_want[i])
			t_error("after the handler, register %d = %#lx, expected %#lx\n", i, regs_got[i], regs_want[i]);
	}
	return 0;
}

/*
 * TF set by the app itself: the trap arrives in ring 0, where the kernel
 * clears TF without a warning (the console check would fail the run) and
 * the app goes on.  UKL tasks are not single-stepped.
 */
UKL_TEST(tf_self)
{
	unsigned long flags;
	int i, sum = 0;

	(void)argc; (void)argv;
	__asm__ __volatile__ (
		"pushfq\n\t"
		"orq $0x100, (%%rsp)\n\t"
		"popfq\n\t"
		"nop\n\t"
		"nop\n\t"
		"pushfq\n\t"
		"popq %0"
		: "=r"(flags) : : "memory", "cc");
	for (i = 0; i < 1000; i++)
		sum += i;
	T_INT(sum, 499500);
	T_HEX(flags & 0x100, 0);
	T_INT(getppid() > 0, 1);
	return 0;
}

/*
 * TF set right before a call of a kernel function the app calls directly
 * (the CPU one, and a system call's, which runs its body with TF from the
 * app's flags unless the first trap cleared it): the trap arrives in kernel
 * text while the task is in app mode, and is cleared the same way, without
 * a warning.
 */
UKL_TEST(tf_kernel_function)
{
	unsigned long flags;
	unsigned cpu = ~0U, *cpup = &cpu;
	long zero1 = 0, zero2 = 0;
	int ppid;

	(void)argc; (void)argv;
	__asm__ __volatile__ (
		"pushfq\n\t"
		"orq $0x100, (%%rsp)\n\t"
		"popfq\n\t"
		"call " XSTR(UKL_GETCPU) "\n\t"
		"pushfq\n\t"
		"popq %0"
		: "=r"(flags), "+D"(cpup), "+S"(zero1), "+d"(zero2)
		:
		: "rax", "rcx", "r8", "r9", "r10", "r11", "memory", "cc");
	/* the kernel clears TF either way; a warning on the console fails the run */
	T_HEX(flags & 0x100, 0);
	T(cpu < (unsigned)sysconf(_SC_NPROCESSORS_ONLN));
	__asm__ __volatile__ (
		"pushfq\n\t"
		"orq $0x100, (%%rsp)\n\t"
		"popfq\n\t"
		"call " XSTR(UKL_SYS_DIRECT(getppid)) "\n\t"
		"pushfq\n\t"
		"popq %0"
		: "=r"(flags), "=a"(ppid)
		:
		: "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "memory", "cc");
	T_HEX(flags & 0x100, 0);
	T_INT(ppid, syscall(SYS_getppid));
	return 0;
}

#define NONCANONICAL 0x8000000000000000UL

static sigjmp_buf segv_jump;
static volatile int segvs;

static void on_segv(int sig)
{
	(void)sig;
	segvs++;
	siglongjmp(segv_jump, 1);
}

/* a handler that makes its own return go to a non-canonical ip or sp */
static volatile int bad_field;
static void on_usr1_bad_return(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;

	(void)sig; (void)si;
	uc->uc_mcontext.gregs[bad_field] = NONCANONICAL;
}

/*
 * rt_sigreturn to a non-canonical ip or sp, and a handler at a
 * non-canonical address: each is a SIGSEGV for the app (IRET back to it
 * must not fault, the kernel's GS is live), and the app goes on.
 */
UKL_TEST(sigreturn_bad_context)
{
	struct sigaction sa, segv;
	static char altstack[65536];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };
	int i, fields[2] = { REG_RIP, REG_RSP };

	(void)argc; (void)argv;
	/* the SIGSEGV after a bad sp is delivered on a stack of its own */
	T(sigaltstack(&ss, 0) == 0);
	memset(&segv, 0, sizeof segv);
	segv.sa_handler = on_segv;
	segv.sa_flags = SA_NODEFER | SA_ONSTACK;
	T(sigaction(SIGSEGV, &segv, 0) == 0);
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_usr1_bad_return;
	sa.sa_flags = SA_SIGINFO;
	T(sigaction(SIGUSR1, &sa, 0) == 0);
	for (i = 0; i < 2; i++) {
		bad_field = fields[i];
		if (!sigsetjmp(segv_jump, 1)) {
			raise(SIGUSR1);
			t_error("returned from a handler to a non-canonical %s\n", i ? "sp" : "ip");
		}
	}
	T_INT(segvs, 2);
	sa.sa_handler = (void (*)(int))NONCANONICAL;
	sa.sa_flags = 0;
	T(sigaction(SIGUSR2, &sa, 0) == 0);
	if (!sigsetjmp(segv_jump, 1)) {
		raise(SIGUSR2);
		t_error("a handler at a non-canonical address returned\n");
	}
	T_INT(segvs, 3);
	return 0;
}

/*
 * A jump to the entry with a non-canonical return address in r11: no IRET
 * could return there.  The call is not made (the write below never
 * happens) and the app gets SIGSEGV.
 */
UKL_TEST(bad_return_address)
{
	struct sigaction segv;
	char c;
	int p[2];

	(void)argc; (void)argv;
	memset(&segv, 0, sizeof segv);
	segv.sa_handler = on_segv;
	segv.sa_flags = SA_NODEFER;
	T(sigaction(SIGSEGV, &segv, 0) == 0);
	if (!T(pipe(p) == 0))
		return 1;
	segvs = 0;
	if (!sigsetjmp(segv_jump, 1)) {
		/* set here: a call between it and the asm could clobber r11 */
		register unsigned long r11 __asm__("r11") = NONCANONICAL;

		__asm__ __volatile__ (
			"lea " XSTR(UKL_ENTRY) "(%%rip), %%rcx\n\t"
			"jmp *%%rcx"
			:
			: "a"((long)SYS_write), "D"((long)p[1]), "S"("x"), "d"(1L),
			  "r"(r11)
			: "rcx", "memory", "cc");
		t_error("came back from a call with a non-canonical return address\n");
	}
	T_INT(segvs, 1);
	close(p[1]);
	T_INT((int)read(p[0], &c, 1), 0);
	close(p[0]);
	return 0;
}

static volatile unsigned long signal_rip;
static void on_alarm_rip(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;

	(void)sig; (void)si;
	signal_rip = uc->uc_mcontext.gregs[REG_RIP];
}

/*
 * A signal whose interrupt arrives at the entry's first instruction: the
 * timer expires while the app has interrupts off, and sti's shadow covers
 * the jump.  The handler sees the jump's address, not the entry's (musl's
 * cancellation compares it with its own labels), and the call (a 1-byte
 * write) is made once, after the handler.  A timer that fired before the
 * cli (a slow host) is tried again.
 */
UKL_TEST(signal_at_entry)
{
	struct sigaction sa;
	struct itimerval it = { { 0, 0 }, { 0, 1000 } };
	unsigned long jump = 0;
	char buf[8];
	long r;
	int p[2], try;

	(void)argc; (void)argv;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_alarm_rip;
	sa.sa_flags = SA_SIGINFO;
	T(sigaction(SIGALRM, &sa, 0) == 0);
	if (!T(pipe(p) == 0))
		return 1;
	for (try = 0; try < 5 && !jump; try++) {
		signal_rip = 0;
		r = SYS_write;
		T(setitimer(ITIMER_REAL, &it, 0) == 0);
		__asm__ __volatile__ (
			"cli\n\t"
			"cmpq $0, %2\n\t"
			"jne 9f\n\t"		/* it fired before the cli */
			"mov $20000000, %%ecx\n"
			"1:\tdec %%ecx\n\t"
			"jnz 1b\n\t"
			"lea 8f(%%rip), %1\n\t"
			"lea " XSTR(UKL_ENTRY) "(%%rip), %%rcx\n\t"
			"lea 9f(%%rip), %%r11\n\t"
			"sti\n"
			"8:\tjmp *%%rcx\n"
			"9:\tsti"
			: "+a"(r), "+r"(jump)
			: "m"(signal_rip), "D"((long)p[1]), "S"("x"), "d"(1L)
			: "rcx", "r11", "memory", "cc");
	}
	if (!T(jump != 0))
		return 1;
	T_INT((int)r, 1);
	T_HEX(signal_rip, jump);
	close(p[1]);
	T_INT((int)read(p[0], buf, sizeof buf), 1);
	close(p[0]);
	return 0;
}

static volatile int alarms;
static void on_alarm(int sig)
{
	(void)sig;
	alarms++;
}

/*
 * A blocking read made through the entry by "jmp *%r10" (41 ff e2), not
 * the ABI's 2-byte jump, interrupted by an SA_RESTART handler: rewinding
 * ip by 2 would resume at "ff e2", jmp *%rdx, with rdx = 1.  The kernel
 * does not repeat such a call: it returns -EINTR.
 */
UKL_TEST(restart_odd_call)
{
	struct sigaction sa;
	struct itimerval it = { { 0, 0 }, { 0, 50000 } };
	char c;
	long r;
	int p[2];

	(void)argc; (void)argv;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = SA_RESTART;
	T(sigaction(SIGALRM, &sa, 0) == 0);
	if (!T(pipe(p) == 0))
		return 1;
	T(setitimer(ITIMER_REAL, &it, 0) == 0);
	__asm__ __volatile__ (
		"lea " XSTR(UKL_ENTRY) "(%%rip), %%r10\n\t"
		"mov %%r10, %%rcx\n\t"
		"lea 9f(%%rip), %%r11\n\t"
		"jmp *%%r10\n"
		"9:"
		: "=a"(r)
		: "a"((long)SYS_read), "D"((long)p[0]), "S"(&c), "d"(1L)
		: "rcx", "r10", "r11", "memory", "cc");
	T_INT(r, -EINTR);
	T_INT(alarms, 1);
	close(p[0]);
	close(p[1]);
	return 0;
}

/*
 * A thread stack in the kernel half, or not canonical: the child's first
 * event delivery would be a kernel fault.  clone() refuses it (EINVAL).
 * The raw call: musl's clone() writes to the new stack first.
 */
UKL_TEST(clone_bad_stack)
{
	unsigned long stacks[] = { 0x8000000000000000UL, 0xffffffff81000000UL };
	long flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD, r;
	int i;

	(void)argc; (void)argv;
	for (i = 0; i < 2; i++) {
		__asm__ __volatile__ (
			"xor %%edx, %%edx\n\t"
			"xor %%r10d, %%r10d\n\t"
			"xor %%r8d, %%r8d\n\t"
			UKL_JUMP
			"test %%rax, %%rax\n\t"
			"jnz 1f\n\t"
			"ud2\n"	/* the child: must not exist */
			"1:"
			: "=a"(r)
			: "a"((long)SYS_clone), "D"(flags), "S"(stacks[i])
			: "rcx", "rdx", "r8", "r10", "r11", "memory", "cc");
		if (r != -EINVAL)
			t_error("clone with stack %#lx: %ld, expected -EINVAL\n", stacks[i], r);
	}
	return 0;
}

/*
 * vfork with high bits set in rax (do_syscall_64() takes the number as
 * an int, the fast path does not take it): child and parent both come
 * back after the jump, on the same stack; the child exits at once.
 */
UKL_TEST(vfork_high_bits)
{
	long r;

	(void)argc; (void)argv;
	__asm__ __volatile__ (
		"movabs $0x10000003a, %%rax\n\t"
		UKL_JUMP
		"test %%rax, %%rax\n\t"
		"jnz 1f\n\t"
		"mov $" XSTR(SYS_exit) ", %%eax\n\t"
		"xor %%edi, %%edi\n\t"
		UKL_JUMP
		"ud2\n"
		"1:"
		: "=a"(r)
		:
		: "rcx", "rdi", "r11", "memory", "cc");
	T(r > 0);
	T_INT((int)waitpid(r, 0, 0), (int)r);
	return 0;
}

/*
 * App code may run on a stack in its own static data, outside the user
 * half: here a sigaltstack in .bss (musl does the same for the last steps
 * of an exiting detached thread).  Interrupts and faults there are the
 * app's, judged by its ip: a page fault is served, a NULL read is a
 * SIGSEGV (it used to be a kernel oops), preemption comes as for user
 * code (with DEBUG_ENTRY it used to warn), in the app's text, in the
 * kernel's clock functions and at the entry's first instruction.
 */
static char static_stack[65536] __attribute__((aligned(16)));
static sigjmp_buf static_jump;
static volatile int static_segvs, static_done;
static volatile uintptr_t static_sp;
static volatile long static_spins;

static void on_static_segv(int sig)
{
	(void)sig;
	static_segvs++;
	siglongjmp(static_jump, 1);
}

static void *spin_beside(void *arg)
{
	(void)arg;
	while (!static_done)
		;
	return 0;
}

static void on_static_usr1(int sig)
{
	struct timespec a, b, c;
	volatile char *fresh;
	char here;

	(void)sig;
	static_sp = (uintptr_t)&here;
	T(getppid() > 0);
	T(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &a) == 0);
	T(clock_gettime(CLOCK_MONOTONIC, &b) == 0);
	T(syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &c) == 0);
	T(b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
	T(c.tv_sec > b.tv_sec || (c.tv_sec == b.tv_sec && c.tv_nsec >= b.tv_nsec));
	T(sched_getcpu() == 0);
	fresh = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T(fresh != MAP_FAILED);
	if (fresh != MAP_FAILED) {
		fresh[100] = 42;
		T_INT(fresh[100], 42);
		munmap((void *)fresh, 4096);
	}
	if (!sigsetjmp(static_jump, 1))
		T_INT(*(volatile int *)16, 0);
	T_INT(static_segvs, 1);
	/*
	 * 50 ms beside a runnable thread on the same CPU: preempted here, in
	 * the clock function and at the entry's first instruction
	 */
	do {
		T(clock_gettime(CLOCK_MONOTONIC, &c) == 0);
		T(getppid() > 0);
		static_spins++;
	} while ((c.tv_sec - b.tv_sec) * 1000000000L + c.tv_nsec - b.tv_nsec < 50000000L);
}

UKL_TEST(static_stack)
{
	struct sigaction sa;
	stack_t ss = { .ss_sp = static_stack, .ss_size = sizeof static_stack };
	cpu_set_t cpu0;
	pthread_t beside;

	(void)argc; (void)argv;
	CPU_ZERO(&cpu0);
	CPU_SET(0, &cpu0);
	T(sched_setaffinity(0, sizeof cpu0, &cpu0) == 0);
	T(pthread_create(&beside, 0, spin_beside, 0) == 0);
	T(sigaltstack(&ss, 0) == 0);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_static_segv;
	sa.sa_flags = SA_ONSTACK | SA_NODEFER;
	T(sigaction(SIGSEGV, &sa, 0) == 0);
	sa.sa_handler = on_static_usr1;
	T(sigaction(SIGUSR1, &sa, 0) == 0);
	T(raise(SIGUSR1) == 0);
	static_done = 1;
	T(pthread_join(beside, 0) == 0);
	T(static_sp - (uintptr_t)static_stack < sizeof static_stack);
	T(static_spins > 0);
	return 0;
}

/*
 * rsp where the CPU cannot push a frame: a non-canonical address, a hole
 * in the kernel half, the app's own read-only data.  The push faults and
 * so does the delivery of that fault: a double fault, which is the app's
 * SIGSEGV (si_addr its rsp, or the page the push missed), on its
 * sigaltstack; the kernel lives.  A non-canonical rsp used to loop on a
 * stale CR2, the others panicked the kernel.
 */
static sigjmp_buf bad_sp_jump;
static volatile int bad_sp_sig;
static volatile uintptr_t bad_sp_addr;

static void on_bad_sp(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	bad_sp_sig = sig;
	bad_sp_addr = (uintptr_t)si->si_addr;
	siglongjmp(bad_sp_jump, 1);
}

UKL_TEST(bad_stack_pointer)
{
	static const char rodata[8192] = { 1 };
	static char altstack[65536];
	stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };
	struct sigaction sa;
	uintptr_t sp[3] = {
		0x0000800000001000UL,
		0xffffc88000001000UL,
		((uintptr_t)rodata + 4096) & -(uintptr_t)16,
	};
	int i;

	(void)argc; (void)argv;
	T(sigaltstack(&ss, 0) == 0);
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_bad_sp;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
	T(sigaction(SIGSEGV, &sa, 0) == 0);
	for (i = 0; i < 3; i++) {
		bad_sp_sig = 0;
		if (!sigsetjmp(bad_sp_jump, 1))
			__asm__ __volatile__ (
				"mov %0, %%rsp\n\t"
				"pushq $0\n\t"
				"ud2"
				: : "r"(sp[i]) : "memory");
		T_INT(bad_sp_sig, SIGSEGV);
		if (i == 0)
			T_HEX(bad_sp_addr, sp[i]);
		else
			T(bad_sp_addr < sp[i] && sp[i] - bad_sp_addr <= 64);
	}
	T_INT(rodata[0], 1);
	return 0;
}
