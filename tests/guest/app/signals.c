/* Signals in ring 0: handlers run and return through rt_sigreturn to both
 * kinds of saved context (a call-based syscall, an interrupt or fault),
 * system calls restart or fail with EINTR as asked, siginfo and the
 * ucontext describe the app, masks and the synchronous interfaces work. */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/time.h>
#include <time.h>
#include "ukl_test.h"

static volatile sig_atomic_t hits, last_sig;
static int pipe_fd[2];

static void count(int sig)
{
	hits++;
	last_sig = sig;
}

static void on(int sig, void (*fn)(int), int flags)
{
	struct sigaction sa = { .sa_handler = fn, .sa_flags = flags };

	sigemptyset(&sa.sa_mask);
	if (sigaction(sig, &sa, 0))
		t_error("sigaction(%d): %s\n", sig, strerror(errno));
}

static void timer_us(long us)
{
	struct itimerval it = { { 0, 0 }, { us / 1000000, us % 1000000 } };

	if (setitimer(ITIMER_REAL, &it, 0))
		t_error("setitimer: %s\n", strerror(errno));
}

/* raise and kill of the app itself: the handler runs, the mask is back */
UKL_TEST(sig_raise)
{
	sigset_t before, after;

	(void)argc; (void)argv;
	memset(&before, 0, sizeof before);
	memset(&after, 0, sizeof after);
	on(SIGUSR1, count, 0);
	on(SIGUSR2, count, 0);
	sigprocmask(SIG_SETMASK, 0, &before);
	T(raise(SIGUSR1) == 0);
	T_INT((int)hits, 1);
	T_INT((int)last_sig, SIGUSR1);
	T(kill(getpid(), SIGUSR2) == 0);
	T_INT((int)hits, 2);
	T_INT((int)last_sig, SIGUSR2);
	sigprocmask(SIG_SETMASK, 0, &after);
	T(!memcmp(&before, &after, sizeof before));
	return 0;
}

/* The handler clobbers every register the ABI lets a callee clobber
 * and some it may not (the kernel must restore them all). */
static void clobber(int sig)
{
	volatile double d = sig;

	hits++;
	d = d * 1.5 + 0.25;
	__asm__ volatile ("xor %%ebx, %%ebx; xor %%r12d, %%r12d; xor %%r13d, %%r13d;"
			  "xor %%r14d, %%r14d; xor %%r15d, %%r15d; pxor %%xmm6, %%xmm6"
			  ::: "rbx", "r12", "r13", "r14", "r15", "xmm6", "memory");
	(void)d;
}

/* A timer signal lands in a busy loop (an interrupt context) that holds
 * values in callee-saved registers and xmm6 and keeps the carry flag set;
 * all of them survive the handler and rt_sigreturn. */
UKL_TEST(sig_timer_regs)
{
	register unsigned long rbx __asm__("rbx") = 0x1111, r12 __asm__("r12") = 0x1212;
	register unsigned long r13 __asm__("r13") = 0x1313, r14 __asm__("r14") = 0x1414;
	register unsigned long r15 __asm__("r15") = 0x1515;
	unsigned long x6 = 0x6666666666666666UL, spins = 0, carry = 0;

	(void)argc; (void)argv;
	on(SIGALRM, clobber, 0);
	timer_us(20000);
	/* inc, mov and jrcxz leave CF alone: it is still set at the end */
	__asm__ volatile (
		"movq %[x6], %%xmm6\n"
		"stc\n"
		"1: incq %[spins]\n"
		"movl %[hits], %%ecx\n"
		"jrcxz 1b\n"
		"adcq $0, %[carry]\n"
		"movq %%xmm6, %[x6]\n"
		: [spins] "+m" (spins), [carry] "+r" (carry), [x6] "+r" (x6),
		  "+r" (rbx), "+r" (r12), "+r" (r13), "+r" (r14), "+r" (r15)
		: [hits] "m" (hits)
		: "rcx", "xmm6", "cc", "memory");
	T_INT((int)hits, 1);
	T_HEX(rbx, 0x1111UL);
	T_HEX(r12, 0x1212UL);
	T_HEX(r13, 0x1313UL);
	T_HEX(r14, 0x1414UL);
	T_HEX(r15, 0x1515UL);
	T_HEX(x6, 0x6666666666666666UL);
	T_INT(carry, 1UL);
	T(spins > 0);
	return 0;
}

/* many timer signals in a row, interrupting a loop doing system calls and
 * arithmetic: every one is delivered and the loop's state is intact */
UKL_TEST(sig_timer_many)
{
	struct itimerval it = { { 0, 2000 }, { 0, 2000 } };
	unsigned long i = 0, sum = 0;

	(void)argc; (void)argv;
	on(SIGALRM, count, 0);
	T(setitimer(ITIMER_REAL, &it, 0) == 0);
	while (hits < 50) {
		i++;
		sum += i;
		if (i % 64 == 0)
			getppid();
	}
	memset(&it, 0, sizeof it);
	setitimer(ITIMER_REAL, &it, 0);
	T_INT(sum, i * (i + 1) / 2);
	return 0;
}

static void write_byte(int sig)
{
	ssize_t n;

	hits++;
	last_sig = sig;
	n = write(pipe_fd[1], "r", 1);
	if (n != 1) {
		printf("write %zd errno %d\n", n, errno);
		abort();
	}
}

/* a handler with SA_RESTART interrupts a blocking read, which resumes and
 * returns the data the handler wrote */
UKL_TEST(sig_restart)
{
	char c = 0;
	ssize_t n;

	(void)argc; (void)argv;
	T(pipe(pipe_fd) == 0);
	on(SIGALRM, write_byte, SA_RESTART);
	timer_us(50000);
	n = read(pipe_fd[0], &c, 1);
	T_INT(n, (ssize_t)1);
	T_INT(c, 'r');
	T_INT((int)hits, 1);
	return 0;
}

/* without SA_RESTART the read fails with EINTR and never returns a
 * system call number */
UKL_TEST(sig_eintr)
{
	char c = 0;
	ssize_t n;

	(void)argc; (void)argv;
	T(pipe(pipe_fd) == 0);
	on(SIGALRM, write_byte, 0);
	timer_us(50000);
	errno = 0;
	n = read(pipe_fd[0], &c, 1);
	T_INT(n, (ssize_t)-1);
	T_INT(errno, EINTR);
	T_INT((int)hits, 1);
	T_INT(read(pipe_fd[0], &c, 1), (ssize_t)1);
	T_INT(c, 'r');
	return 0;
}

/* nanosleep interrupted by a handler: EINTR and the time left */
UKL_TEST(sig_nanosleep)
{
	struct timespec req = { 5, 0 }, rem = { 0, 0 };

	(void)argc; (void)argv;
	on(SIGALRM, count, SA_RESTART);
	timer_us(50000);
	errno = 0;
	T_INT(nanosleep(&req, &rem), -1);
	T_INT(errno, EINTR);
	T(rem.tv_sec >= 3 && rem.tv_sec <= 5);
	T_INT((int)hits, 1);
	return 0;
}

static sigjmp_buf jb;
static siginfo_t seen;
static greg_t seen_rip, seen_rsp;
static uintptr_t sp_at;

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	(void)sig;
	seen = *si;
	seen_rip = uc->uc_mcontext.gregs[REG_RIP];
	seen_rsp = uc->uc_mcontext.gregs[REG_RSP];
	siglongjmp(jb, 1);
}

/* SIGSEGV with SA_SIGINFO: si_code, si_addr and the ucontext's rip/rsp
 * name the faulting load */
UKL_TEST(sig_siginfo_segv)
{
	struct sigaction sa = { .sa_sigaction = on_fault, .sa_flags = SA_SIGINFO };
	extern const char ukl_test_load[];
	volatile int *bad = (int *)0x10008;
	int v = 0;

	(void)argc; (void)argv;
	sigaction(SIGSEGV, &sa, 0);
	if (!sigsetjmp(jb, 1)) {
		__asm__ volatile ("movq %%rsp, %0\n"
				  ".globl ukl_test_load\nukl_test_load:\n"
				  "movl (%2), %1"
				  : "=m" (sp_at), "=r" (v) : "r" (bad) : "memory");
		t_error("the load of %p did not fault (%d)\n", (void *)bad, v);
		return 1;
	}
	T_INT(seen.si_signo, SIGSEGV);
	T_INT(seen.si_code, SEGV_MAPERR);
	T_HEX((uintptr_t)seen.si_addr, (uintptr_t)bad);
	T_HEX((unsigned long)seen_rip, (unsigned long)(uintptr_t)ukl_test_load);
	T_HEX((unsigned long)seen_rsp, (unsigned long)sp_at);
	return 0;
}

static void on_info(int sig, siginfo_t *si, void *ctx)
{
	(void)sig; (void)ctx;
	seen = *si;
	hits++;
}

/* siginfo of kill and sigqueue from the app itself */
UKL_TEST(sig_siginfo_user)
{
	struct sigaction sa = { .sa_sigaction = on_info, .sa_flags = SA_SIGINFO };

	(void)argc; (void)argv;
	sigaction(SIGUSR1, &sa, 0);
	sigaction(SIGRTMIN, &sa, 0);
	kill(getpid(), SIGUSR1);
	T_INT((int)hits, 1);
	T_INT(seen.si_code, SI_USER);
	T_INT((int)seen.si_pid, (int)getpid());
	T(sigqueue(getpid(), SIGRTMIN, (union sigval){ .sival_int = 1234 }) == 0);
	T_INT((int)hits, 2);
	T_INT(seen.si_signo, SIGRTMIN);
	T_INT(seen.si_code, SI_QUEUE);
	T_INT(seen.si_value.sival_int, 1234);
	return 0;
}

static volatile uintptr_t handler_sp;
static char *alt;

static void on_overflow(int sig, siginfo_t *si, void *ctx)
{
	char here;

	(void)si; (void)ctx;
	last_sig = sig;
	handler_sp = (uintptr_t)&here;
	siglongjmp(jb, 1);
}

static int recurse(volatile char *p)
{
	volatile char buf[1024];

	buf[0] = *p;
	return buf[0] == 1 ? 0 : recurse(buf) + buf[0];	/* never 1 */
}

/* a stack overflow ends in the SIGSEGV handler, on the alternate stack */
UKL_TEST(sig_altstack)
{
	struct sigaction sa = { .sa_sigaction = on_overflow, .sa_flags = SA_SIGINFO | SA_ONSTACK };
	struct rlimit rl = { 1 << 20, 1 << 20 };
	stack_t ss = { .ss_size = 1 << 16 };
	char c = 0;

	(void)argc; (void)argv;
	T(setrlimit(RLIMIT_STACK, &rl) == 0);
	alt = malloc(ss.ss_size);
	ss.ss_sp = alt;
	T(sigaltstack(&ss, 0) == 0);
	sigaction(SIGSEGV, &sa, 0);
	if (!sigsetjmp(jb, 1)) {
		recurse(&c);
		return 1;
	}
	T_INT((int)last_sig, SIGSEGV);
	T(handler_sp > (uintptr_t)alt && handler_sp < (uintptr_t)alt + ss.ss_size);
	return 0;
}

/* blocked signals stay pending until unblocked; sigsuspend, sigwaitinfo
 * and signalfd see them */
UKL_TEST(sig_masks)
{
	sigset_t usr1, old, pend;
	struct signalfd_siginfo sfd;
	siginfo_t si;
	int fd;

	(void)argc; (void)argv;
	on(SIGUSR1, count, 0);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	T(sigprocmask(SIG_BLOCK, &usr1, &old) == 0);
	raise(SIGUSR1);
	T_INT((int)hits, 0);
	sigpending(&pend);
	T(sigismember(&pend, SIGUSR1));
	T(pthread_sigmask(SIG_SETMASK, &old, 0) == 0);
	T_INT((int)hits, 1);

	/* sigsuspend waits with SIGALRM unblocked and returns EINTR */
	on(SIGALRM, count, 0);
	sigaddset(&usr1, SIGALRM);
	sigprocmask(SIG_BLOCK, &usr1, 0);
	timer_us(20000);
	T_INT(sigsuspend(&old), -1);
	T_INT(errno, EINTR);
	T_INT((int)hits, 2);
	T_INT((int)last_sig, SIGALRM);

	/* sigwaitinfo takes a pending blocked signal without the handler */
	raise(SIGUSR1);
	T_INT(sigwaitinfo(&usr1, &si), SIGUSR1);
	T_INT(si.si_signo, SIGUSR1);
	T_INT((int)hits, 2);

	/* so does a signalfd */
	fd = signalfd(-1, &usr1, 0);
	T(fd >= 0);
	raise(SIGUSR1);
	T_INT(read(fd, &sfd, sizeof sfd), (ssize_t)sizeof sfd);
	T_INT(sfd.ssi_signo, (unsigned)SIGUSR1);
	T_INT((int)hits, 2);
	return 0;
}

/* For normal-signals: spin until the parent's SIGUSR1 arrives, then
 * wait for data on stdin while the parent sends SIGUSR1 again (SA_RESTART
 * handler), SIGSTOP and SIGCONT, then writes the data; then sleep
 * through SIGSTOP and SIGCONT (restart_syscall). */
UKL_TEST(sig_from_parent)
{
	struct timespec t0, t1, half = { 0, 500000000 };
	char buf[16] = "";
	ssize_t n;

	(void)argc; (void)argv;
	on(SIGUSR1, count, SA_RESTART);
	printf("ready\n");
	fflush(stdout);
	while (!hits)
		;
	T_INT((int)last_sig, SIGUSR1);
	printf("ready\n");
	fflush(stdout);
	n = read(0, buf, sizeof buf - 1);
	T_INT(n, (ssize_t)5);
	T(!strcmp(buf, "data\n"));
	T_INT((int)hits, 2);

	printf("ready\n");
	fflush(stdout);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	T_INT(nanosleep(&half, 0), 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	T((t1.tv_sec - t0.tv_sec) * 1000000000L + t1.tv_nsec - t0.tv_nsec >= half.tv_nsec);
	return 0;
}

/* for normal-abort: death by SIGABRT, reported as such */
UKL_TEST(abort)
{
	(void)argc; (void)argv;
	abort();
}
