/* The fast path of the call entry and the kernel's clock functions: what
 * makes a call take the slow way (seccomp, a reschedule with the FPU state
 * to reload) still happens, and the clock read without a system call
 * agrees with the system call on every clock, on every CPU. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <asm/ukl.h>
#include "ukl_test.h"

int UKL_CLOCK_GETTIME(clockid_t, struct timespec *);
long UKL_GETCPU(unsigned *, unsigned *, void *);

/* from <linux/filter.h> and <linux/seccomp.h>, which the app's sysroot
 * does not have */
struct sock_filter {
	unsigned short code;
	unsigned char jt, jf;
	unsigned int k;
};
struct sock_fprog {
	unsigned short len;
	struct sock_filter *filter;
};
#define BPF_STMT(code, k) { (unsigned short)(code), 0, 0, k }
#define BPF_JUMP(code, k, jt, jf) { (unsigned short)(code), jt, jf, k }
#define BPF_LD 0x00
#define BPF_JMP 0x05
#define BPF_RET 0x06
#define BPF_W 0x00
#define BPF_ABS 0x20
#define BPF_JEQ 0x10
#define BPF_K 0x00
#define SECCOMP_MODE_FILTER 2
#define SECCOMP_RET_ERRNO 0x00050000U
#define SECCOMP_RET_ALLOW 0x7fff0000U
#define SECCOMP_DATA_NR 0	/* SECCOMP_DATA_NR */

#define ERRNO_GETPPID 77
#define ERRNO_CLOCK 78

/*
 * A seccomp filter turns getppid and the clock_gettime system call into
 * errors.  Calls the fast path would take now see the filter, and
 * clock_gettime of a clock the kernel function reads makes no system
 * call at all, while one it does not read falls back to it.
 */
UKL_TEST(fast_seccomp)
{
	struct sock_filter code[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SECCOMP_DATA_NR),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ERRNO_GETPPID),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_clock_gettime, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ERRNO_CLOCK),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { sizeof code / sizeof code[0], code };
	struct timespec ts;
	pid_t ppid = getppid();

	(void)argc; (void)argv;
	T(ppid > 0);
	if (!T(prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0) ||
	    !T(prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog, 0, 0) == 0))
		return 1;
	/* musl's getppid() cannot fail, it returns the raw -77; the
	 * kernel's function for it makes the system call */
	T_INT(getppid(), -ERRNO_GETPPID);
	T_INT(UKL_SYS_DIRECT(getppid)(), -ERRNO_GETPPID);
	T_INT(UKL_SYS_DIRECT(getpid)() > 0, 1);
	errno = 0;
	T_INT((int)syscall(SYS_getppid), -1);
	T_INT(errno, ERRNO_GETPPID);
	T_INT(clock_gettime(CLOCK_MONOTONIC, &ts), 0);
	T_INT(clock_gettime(CLOCK_REALTIME, &ts), 0);
	errno = 0;
	T_INT(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts), -1);
	T_INT(errno, ERRNO_CLOCK);
	T_INT(getpid() > 0, 1);
	return 0;
}

#define ROUNDS 2000

struct player {
	int in, out;
	double seed;
	double result;
};

/*
 * Ping-pong over pipes between two threads on one CPU: every write wakes
 * the other thread, whose wake-up asks the writer to reschedule, so fast
 * calls leave by the slow way, and the FPU state is reloaded on the way
 * back to the app.  Each thread keeps a running value in an SSE register
 * across its calls; any lost reload shows in the result.
 */
static void *play(void *arg)
{
	struct player *p = arg;
	double x = p->seed;
	char c = 0;
	int i;

	for (i = 0; i < ROUNDS; i++) {
		x = x * 1.0000001 + 0.5;
		if (write(p->out, &c, 1) != 1 || read(p->in, &c, 1) != 1)
			return (void *)1;
	}
	p->result = x;
	return 0;
}

static double expected(double x)
{
	int i;

	for (i = 0; i < ROUNDS; i++)
		x = *(volatile double *)&x * 1.0000001 + 0.5;
	return x;
}

UKL_TEST(fast_reschedule_fpu)
{
	struct player a = { .seed = 1.0 }, b = { .seed = 1000.0 };
	int ab[2], ba[2];
	cpu_set_t one;
	pthread_t t;
	void *r;

	(void)argc; (void)argv;
	CPU_ZERO(&one);
	CPU_SET(0, &one);
	if (!T(sched_setaffinity(0, sizeof one, &one) == 0) || !T(pipe(ab) == 0) || !T(pipe(ba) == 0))
		return 1;
	a.out = ab[1], b.in = ab[0];
	b.out = ba[1], a.in = ba[0];
	/* b starts with its read, a with its write: prime b's read */
	if (!T(write(ba[1], "", 1) == 1) || !T(pthread_create(&t, 0, play, &b) == 0))
		return 1;
	T(play(&a) == 0);
	T(pthread_join(t, &r) == 0 && r == 0);
	T(a.result == expected(a.seed));
	T(b.result == expected(b.seed));
	return 0;
}

static long ns_of(const struct timespec *ts)
{
	return ts->tv_sec * 1000000000L + ts->tv_nsec;
}

/* is the kernel's clocksource the TSC, the one counter the vDSO (and so
 * the kernel function) reads on x86 bare metal and under QEMU TCG? */
static int clocksource_is_tsc(void)
{
	char name[32] = "";
	FILE *f;

	mkdir("/sys", 0755);
	mount("sysfs", "/sys", "sysfs", 0, 0);
	f = fopen("/sys/devices/system/clocksource/clocksource0/current_clocksource", "r");
	if (!T(f != 0))
		return 0;
	T(fgets(name, sizeof name, f) != 0);
	fclose(f);
	printf("clocksource: %s", name);
	return !strncmp(name, "tsc", 3);
}

/*
 * Every clock the vDSO reads, read by the kernel function between two
 * system calls: in order, with tv_nsec in range.  Without the TSC, the
 * high-resolution ones answer UKL_FALLBACK (make the system call), as the
 * vDSO falls back; the coarse ones need no counter.
 */
UKL_TEST(clock_kernel_function)
{
	static const clockid_t clocks[] = { CLOCK_REALTIME, CLOCK_MONOTONIC,
		CLOCK_MONOTONIC_RAW, CLOCK_BOOTTIME, CLOCK_TAI,
		CLOCK_REALTIME_COARSE, CLOCK_MONOTONIC_COARSE };
	struct timespec before, now, after;
	int tsc = clocksource_is_tsc(), coarse;
	unsigned i, round;

	(void)argc; (void)argv;
	for (i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
		coarse = clocks[i] == CLOCK_REALTIME_COARSE || clocks[i] == CLOCK_MONOTONIC_COARSE;
		for (round = 0; round < 100; round++) {
			T_INT((int)syscall(SYS_clock_gettime, clocks[i], &before), 0);
			if (!tsc && !coarse) {
				T_INT(UKL_CLOCK_GETTIME(clocks[i], &now), UKL_FALLBACK);
				break;
			}
			if (!T_INT(UKL_CLOCK_GETTIME(clocks[i], &now), 0))
				break;
			T_INT((int)syscall(SYS_clock_gettime, clocks[i], &after), 0);
			T(now.tv_nsec >= 0 && now.tv_nsec < 1000000000L);
			if (ns_of(&before) > ns_of(&now) || ns_of(&now) > ns_of(&after)) {
				t_error("clock %d: %ld.%09ld, %ld.%09ld, %ld.%09ld out of order\n",
					(int)clocks[i], (long)before.tv_sec, before.tv_nsec,
					(long)now.tv_sec, now.tv_nsec, (long)after.tv_sec, after.tv_nsec);
				break;
			}
		}
	}
	/* the others are the system call's, and so is a bad clock's EINVAL */
	T_INT(UKL_CLOCK_GETTIME(CLOCK_PROCESS_CPUTIME_ID, &now), UKL_FALLBACK);
	T_INT(UKL_CLOCK_GETTIME(-1, &now), UKL_FALLBACK);
	errno = 0;
	T_INT(clock_gettime(-1, &now), -1);
	T_INT(errno, EINVAL);
	T_INT(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now), 0);
	return 0;
}

static pthread_mutex_t last_lock = PTHREAD_MUTEX_INITIALIZER;
static long last_ns;
static volatile int backwards;

/* read CLOCK_MONOTONIC under one lock from both CPUs: never backwards */
static void *read_monotonic(void *arg)
{
	cpu_set_t one;
	struct timespec ts;
	unsigned cpu;
	int i;

	CPU_ZERO(&one);
	CPU_SET((long)arg, &one);
	if (sched_setaffinity(0, sizeof one, &one))
		return (void *)1;
	if (UKL_GETCPU(&cpu, 0, 0) || cpu != (unsigned)(long)arg || sched_getcpu() != (long)arg)
		return (void *)2;
	for (i = 0; i < 20000; i++) {
		pthread_mutex_lock(&last_lock);
		clock_gettime(CLOCK_MONOTONIC, &ts);
		if (ns_of(&ts) < last_ns)
			backwards++;
		last_ns = ns_of(&ts);
		pthread_mutex_unlock(&last_lock);
	}
	return 0;
}

UKL_TEST(clock_monotonic_cpus)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN), i;
	pthread_t t[2];
	void *r;

	(void)argc; (void)argv;
	if (n > 2)
		n = 2;
	for (i = 0; i < n; i++)
		T(pthread_create(&t[i], 0, read_monotonic, (void *)i) == 0);
	for (i = 0; i < n; i++) {
		T(pthread_join(t[i], &r) == 0);
		T_INT((int)(long)r, 0);
	}
	T_INT(backwards, 0);
	return 0;
}
