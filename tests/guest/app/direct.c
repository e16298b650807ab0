/* The system calls the kernel offers as functions (UKL_SYS_DIRECT of
 * <asm/ukl.h>): the same answers as the system calls, the app's flags
 * kept, and nothing that work pending for the task (a signal from another
 * CPU, a reschedule) needs is lost while the app makes only such calls.
 * The seccomp and tracer fallbacks are in fast.c and normal.c. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <asm/ukl.h>
#include "ukl_test.h"

static double seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *tid_of_thread(void *arg)
{
	(void)arg;
	return (void *)(UKL_SYS_DIRECT(gettid)() - syscall(SYS_gettid));
}

static void check_ids(void)
{
	T_INT(UKL_SYS_DIRECT(getpid)(), syscall(SYS_getpid));
	T_INT(UKL_SYS_DIRECT(getppid)(), syscall(SYS_getppid));
	T_INT(UKL_SYS_DIRECT(gettid)(), syscall(SYS_gettid));
	T_INT(UKL_SYS_DIRECT(getuid)(), syscall(SYS_getuid));
	T_INT(UKL_SYS_DIRECT(geteuid)(), syscall(SYS_geteuid));
	T_INT(UKL_SYS_DIRECT(getgid)(), syscall(SYS_getgid));
	T_INT(UKL_SYS_DIRECT(getegid)(), syscall(SYS_getegid));
}

/*
 * Each function answers as its system call (syscall() takes the entry),
 * before and after the ids change, in another thread too; musl's own
 * functions take them; the app's AC and IF are set after a call.
 */
UKL_TEST(direct_same_answers)
{
	pthread_t t;
	void *r;

	(void)argc; (void)argv;
	check_ids();
	T_INT(getpid(), syscall(SYS_getpid));
	T_INT(getppid(), syscall(SYS_getppid));
	T(UKL_SYS_DIRECT(getpid)() != UKL_SYS_DIRECT(getppid)());
	if (T(setresgid(-1, 123, -1) == 0) && T(setresuid(-1, 456, -1) == 0)) {
		T_INT(UKL_SYS_DIRECT(getegid)(), 123);
		T_INT(UKL_SYS_DIRECT(geteuid)(), 456);
		check_ids();
		T(setresuid(-1, 0, -1) == 0 && setresgid(-1, 0, -1) == 0);
	}
	T_INT(UKL_SYS_DIRECT(geteuid)(), 0);
	if (T(pthread_create(&t, 0, tid_of_thread, 0) == 0)) {
		T(pthread_join(t, &r) == 0);
		T_INT((long)r, 0);
	}
	UKL_SYS_DIRECT(getppid)();
	T_HEX(flags_now() & (EFLAGS_AC | EFLAGS_IF), EFLAGS_AC | EFLAGS_IF);
	return 0;
}

#define KICKS 50

static pthread_t spinner;
static volatile int acks, stop, wrong;
static volatile long spins;

static void on_usr1(int sig)
{
	(void)sig;
	if (UKL_SYS_DIRECT(getpid)() != syscall(SYS_getpid))
		wrong = 1;
	acks++;
}

/* makes no call but the kernel's functions until told to stop */
static void *spin(void *arg)
{
	long ppid = (long)arg;

	while (!stop) {
		if (UKL_SYS_DIRECT(getppid)() != ppid)
			wrong = 1;
		spins++;
	}
	return 0;
}

/*
 * A thread that only calls the kernel's functions gets every signal sent
 * from the other CPU at once: the kick that comes with it is taken when
 * the function returns.  One lost would stop the count short.
 */
UKL_TEST(direct_signal_other_cpu)
{
	struct sigaction sa = { .sa_handler = on_usr1 };
	cpu_set_t one;
	double limit;
	int i;

	(void)argc; (void)argv;
	if (sysconf(_SC_NPROCESSORS_ONLN) < 2) {
		t_error("needs 2 CPUs\n");
		return 1;
	}
	sigaction(SIGUSR1, &sa, 0);
	CPU_ZERO(&one);
	CPU_SET(1, &one);
	if (!T(sched_setaffinity(0, sizeof one, &one) == 0) ||
	    !T(pthread_create(&spinner, 0, spin, (void *)(long)getppid()) == 0))
		return 1;
	CPU_ZERO(&one);
	CPU_SET(0, &one);
	T(pthread_setaffinity_np(spinner, sizeof one, &one) == 0);
	while (spins < 1000)
		sched_yield();
	for (i = 0; i < KICKS; i++) {
		limit = seconds() + 5;
		T(pthread_kill(spinner, SIGUSR1) == 0);
		while (acks <= i && seconds() < limit)
			;
		if (acks <= i) {
			t_error("signal %d not delivered in 5 s\n", i + 1);
			break;
		}
	}
	stop = 1;
	T(pthread_join(spinner, 0) == 0);
	T_INT(acks, KICKS);
	T_INT(wrong, 0);
	return 0;
}

/*
 * Two threads on one CPU, one only calling the kernel's functions: the
 * tick preempts it (its reschedule is handled when a function returns),
 * so the other runs and stops it.
 */
UKL_TEST(direct_reschedule)
{
	cpu_set_t one;
	double limit;

	(void)argc; (void)argv;
	CPU_ZERO(&one);
	CPU_SET(0, &one);
	stop = 0;
	spins = 0;
	if (!T(sched_setaffinity(0, sizeof one, &one) == 0) ||
	    !T(pthread_create(&spinner, 0, spin, (void *)(long)getppid()) == 0))
		return 1;
	limit = seconds() + 10;
	while (spins < 100000 && seconds() < limit)
		sched_yield();
	T(spins >= 100000);
	stop = 1;
	T(pthread_join(spinner, 0) == 0);
	T_INT(wrong, 0);
	return 0;
}

/* from <linux/syscall_user_dispatch.h> */
#define SYSCALL_DISPATCH_FILTER_ALLOW 0
#define SYSCALL_DISPATCH_FILTER_BLOCK 1

static volatile int sigsys;

static void on_sigsys(int sig)
{
	(void)sig;
	sigsys++;
}

/*
 * With syscall user dispatch on, the call is made through the entry, as
 * if from the app's own return address: a range that exempts the app's
 * text (which ends before the kernel's functions) lets it through.
 */
UKL_TEST(direct_user_dispatch)
{
	struct sigaction sa = { .sa_handler = on_sigsys };
	unsigned long end = (unsigned long)UKL_SYS_DIRECT(getppid);
	unsigned long len = 64UL << 20;
	volatile char selector = SYSCALL_DISPATCH_FILTER_ALLOW;
	int ppid = syscall(SYS_getppid), got;

	(void)argc; (void)argv;
	sigaction(SIGSYS, &sa, 0);
	if (!T(prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON,
		     end - len, len, &selector) == 0))
		return 1;
	selector = SYSCALL_DISPATCH_FILTER_BLOCK;
	got = getppid();
	selector = SYSCALL_DISPATCH_FILTER_ALLOW;
	T(prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0, 0, 0) == 0);
	T_INT(sigsys, 0);
	T_INT(got, ppid);
	return 0;
}
