/* SMAP stays on with a UKL app: the app runs with EFLAGS.AC set, which
 * lets its ring-0 code reach its own user-half memory, and every return to
 * it sets AC again.  An app that clears AC gets SIGSEGV (SEGV_ACCERR) at
 * its next access to that memory, however the access is made, never a
 * fault that repeats. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <asm/ukl.h>
#include "ukl_test.h"

#define CR4_SMAP (1UL << 21)
#define CLEAR_AC "pushfq\n\tandq $~" XSTR(EFLAGS_AC) ", (%%rsp)\n\tpopfq\n\t"

/* the CPU has SMAP (QEMU's -cpu max has); without it AC guards nothing */
static int cpu_has_smap(void)
{
	char line[4096];
	FILE *f = fopen("/proc/cpuinfo", "r");
	int found = 0;

	if (!f)
		return 0;
	while (!found && fgets(line, sizeof line, f))
		found = !strncmp(line, "flags", 5) && strstr(line, " smap");
	fclose(f);
	return found;
}

static volatile int usr1_ac;

static void on_usr1(int sig)
{
	(void)sig;
	usr1_ac = !!(flags_now() & EFLAGS_AC);
}

/*
 * The kernel runs with SMAP on (CR4, read in ring 0), and the app with AC
 * set: from its start, after a system call, in a signal handler and after
 * it.
 */
UKL_TEST(smap_on)
{
	unsigned long cr4;

	(void)argc; (void)argv;
	if (!cpu_has_smap()) {
		printf("no smap in /proc/cpuinfo\n");
		return 4;
	}
	__asm__ __volatile__ ("mov %%cr4, %0" : "=r"(cr4));
	T_HEX(cr4 & CR4_SMAP, CR4_SMAP);
	T_HEX(flags_now() & EFLAGS_AC, EFLAGS_AC);
	T(getppid() > 0);
	T_HEX(flags_now() & EFLAGS_AC, EFLAGS_AC);
	T(signal(SIGUSR1, on_usr1) != SIG_ERR);
	T(raise(SIGUSR1) == 0);
	T_INT(usr1_ac, 1);
	T_HEX(flags_now() & EFLAGS_AC, EFLAGS_AC);
	return 0;
}

/*
 * AC cleared right before the call: the call's own return sets it again,
 * on the jump back and on the IRET (a pending signal forces that one).
 * Between the popfq and the flags read after the call nothing touches the
 * app's stack, but an interrupt may come before the call is made: that is
 * a SIGSEGV, after which AC is set; call_without_ac() tries again then.
 */
static unsigned long call_without_ac(long nr)
{
	unsigned long f;
	long r;

	__asm__ __volatile__ (
		CLEAR_AC
		UKL_JUMP
		"pushfq\n\t"
		"popq %1"
		: "=a"(r), "=&r"(f)
		: "a"(nr), "D"(0L), "S"(SIGUSR1)
		: "rcx", "r11", "rdx", "memory", "cc");
	(void)r;
	return f;
}

static volatile int segv_count, segv_code;
static volatile uintptr_t segv_addr;
static volatile unsigned long segv_handler_flags;

static void catch_segv(void);

/* the flags after a call made with AC clear and no interrupt before it */
static unsigned long flags_after_call(long nr)
{
	unsigned long f = 0;
	int i;

	catch_segv();
	for (i = 0; i < 100; i++) {
		segv_count = 0;
		f = call_without_ac(nr);
		if (!segv_count)
			return f;
	}
	t_error("100 interrupts before the call\n");
	return f;
}

UKL_TEST(smap_ac_after_call)
{
	(void)argc; (void)argv;
	if (!cpu_has_smap())
		return 4;
	T_HEX(flags_after_call(SYS_getppid) & EFLAGS_AC, EFLAGS_AC);
	T(signal(SIGUSR1, on_usr1) != SIG_ERR);
	usr1_ac = 0;
	/* kill(0, SIGUSR1): the signal is delivered on the way out, by IRET */
	T_HEX(flags_after_call(SYS_kill) & EFLAGS_AC, EFLAGS_AC);
	T_INT(usr1_ac, 1);
	return 0;
}

static void on_segv(int sig, siginfo_t *si, void *uc)
{
	(void)sig; (void)uc;
	segv_count++;
	segv_code = si->si_code;
	segv_addr = (uintptr_t)si->si_addr;
	segv_handler_flags = flags_now();
}

static void catch_segv(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	T(sigaction(SIGSEGV, &sa, 0) == 0);
	segv_count = 0;
}

/*
 * A load from the app's own stack with AC clear: SIGSEGV, SEGV_ACCERR.
 * The CPU cannot push the page fault's frame on that stack either, so
 * si_addr is where the frame would have gone, just below rsp.  The
 * handler runs with AC set, and its return sets AC again, so the load is
 * made once more and succeeds.
 */
UKL_TEST(smap_clear_ac_load)
{
	volatile long word = 0x5a5a5a5a;
	long got;

	(void)argc; (void)argv;
	if (!cpu_has_smap())
		return 4;
	catch_segv();
	__asm__ __volatile__ (
		CLEAR_AC
		"movq (%1), %0"
		: "=r"(got) : "r"(&word) : "memory", "cc");
	T_INT(segv_count, 1);
	T_INT(segv_code, SEGV_ACCERR);
	T((uintptr_t)&word - segv_addr < 4096);
	T_HEX(segv_handler_flags & EFLAGS_AC, EFLAGS_AC);
	T_HEX(got, 0x5a5a5a5a);
	T_HEX(flags_now() & EFLAGS_AC, EFLAGS_AC);
	return 0;
}

/*
 * AC clear while the app spins in registers only: the next interrupt's
 * frame cannot be pushed on the app's stack (delivery faults, then the
 * #PF's, a #DF).  That is a SIGSEGV at the stack, not a fault repeated
 * for ever; the interrupt is not lost (the spin's end needs more of
 * them), and the spin goes on with AC set.
 */
UKL_TEST(smap_clear_ac_interrupt)
{
	unsigned long left = 2000000000UL;
	char here;
	struct timespec t0, t1;

	(void)argc; (void)argv;
	if (!cpu_has_smap())
		return 4;
	catch_segv();
	T(clock_gettime(CLOCK_MONOTONIC, &t0) == 0);
	/* until the handler has run: about 10 ms of timer ticks at most */
	__asm__ __volatile__ (
		CLEAR_AC
		"1:\n\t"
		"cmpl $0, %1\n\t"
		"jne 2f\n\t"
		"dec %0\n\t"
		"jnz 1b\n"
		"2:"
		: "+r"(left) : "m"(segv_count) : "memory", "cc");
	T(clock_gettime(CLOCK_MONOTONIC, &t1) == 0);
	T_INT(segv_count, 1);
	T_INT(segv_code, SEGV_ACCERR);
	/* the frame's address, just below the spin's stack pointer */
	T((uintptr_t)&here - segv_addr < 4096);
	T(left > 0);
	T_HEX(flags_now() & EFLAGS_AC, EFLAGS_AC);
	/* and time goes on: ticks arrive after the lost one was sent again */
	usleep(20000);
	T(clock_gettime(CLOCK_MONOTONIC, &t1) == 0);
	T(t1.tv_sec * 1000000000L + t1.tv_nsec - t0.tv_sec * 1000000000L - t0.tv_nsec >= 20000000L);
	return 0;
}
