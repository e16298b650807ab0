/* fork of a UKL process: the child gets a copy of the app's data, bss and
 * TLS, and each then changes its own; futexes in them are private to each
 * copy, MAP_SHARED memory is shared; no memory is left behind; fork from
 * a thread, with signals pending, followed by exec.  Also the app that
 * several instances of run at once (count_alone). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include "ukl_test.h"

/* <linux/futex.h> is not in the app's include path */
#define FUTEX_WAIT 0
#define FUTEX_WAKE 1

static int in_data = 1;
static int in_bss;
static __thread int in_tls = 3;
static pthread_mutex_t static_lock = PTHREAD_MUTEX_INITIALIZER;

/* the child's end: its checks' verdict as its exit status */
static void child_exit(void)
{
	fflush(0);
	_exit(t_status);
}

/* 0 if pid exited with status 0, else a t_error naming what */
static int reaped(pid_t pid, const char *what)
{
	int status;

	if (waitpid(pid, &status, 0) != pid) {
		t_error("%s: waitpid: %s\n", what, strerror(errno));
		return -1;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status)) {
		t_error("%s: child status %#x\n", what, status);
		return -1;
	}
	return 0;
}

/* the values of the three variables are these */
static void expect(int data, int bss, int tls)
{
	T_INT(in_data, data);
	T_INT(in_bss, bss);
	T_INT(in_tls, tls);
}

/* the child starts with the parent's values; neither sees the other's
 * changes afterwards; the parent's wait gets the child's status */
UKL_TEST(proc_fork)
{
	int to_child[2], to_parent[2], status;
	char c;
	pid_t pid;

	(void)argc; (void)argv;
	T_OK(pipe(to_child));
	T_OK(pipe(to_parent));
	in_data = 11, in_bss = 12, in_tls = 13;
	pid = fork();
	if (pid == 0) {
		expect(11, 12, 13);
		T_INT(pthread_mutex_trylock(&static_lock), 0);
		in_data = 21, in_bss = 22, in_tls = 23;
		T_INT(write(to_parent[1], "c", 1), 1);
		T_INT(read(to_child[0], &c, 1), 1);
		expect(21, 22, 23);
		T_INT(pthread_mutex_trylock(&static_lock), EBUSY);
		_exit(t_status ? 1 : 42);
	}
	T(pid > 0);
	T_INT(read(to_parent[0], &c, 1), 1);
	expect(11, 12, 13);
	/* the child holds its copy of the lock, not this one */
	T_INT(pthread_mutex_trylock(&static_lock), 0);
	in_data = 31, in_bss = 32, in_tls = 33;
	T_INT(write(to_child[1], "p", 1), 1);
	T_INT((int)waitpid(pid, &status, 0), (int)pid);
	T(WIFEXITED(status) && WEXITSTATUS(status) == 42);
	expect(31, 32, 33);
	T_INT(pthread_mutex_unlock(&static_lock), 0);
	return 0;
}

static long mem_free_kib(void)
{
	char line[128];
	long kib = -1;
	FILE *f = fopen("/proc/meminfo", "r");

	if (!f) {
		t_error("/proc/meminfo: %s\n", strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "MemFree: %ld kB", &kib) == 1)
			break;
	fclose(f);
	return kib;
}

static void fork_exit_wait(int times)
{
	int i, status;
	pid_t pid;

	for (i = 0; i < times; i++) {
		pid = fork();
		if (pid == 0)
			_exit(i & 0x7f);
		if (pid < 0) {
			t_error("fork %d: %s\n", i, strerror(errno));
			return;
		}
		if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != (i & 0x7f)) {
			t_error("fork %d: status %#x\n", i, status);
			return;
		}
	}
}

/* 3000 forks and exits leave no memory behind: each would leak at least
 * its table pages and a PTE page, 48 MiB in all, or its data pages too.
 * The kernel's caches (per-CPU page lists, slabs, RCU-freed tasks) move
 * MemFree by up to 16 MiB either way on the debug kernel; the first 300
 * forks, which fill them, are not counted. */
UKL_TEST(fork_no_leak)
{
	int n = argc > 1 ? atoi(argv[1]) : 3000;
	long before, after;

	fork_exit_wait(300);
	sleep(1);
	before = mem_free_kib();
	fork_exit_wait(n);
	/* exited tasks are freed after an RCU grace period */
	sleep(1);
	after = mem_free_kib();
	printf("MemFree %ld kB before %d forks, %ld kB after\n", before, n, after);
	if (before - after > 24 << 10)
		t_error("%d forks used %ld kB\n", n, before - after);
	return 0;
}

static void *fork_in_thread(void *arg)
{
	pid_t pid;
	char *p;

	(void)arg;
	in_bss = 5;
	pid = fork();
	if (pid == 0) {
		/* only this thread exists in the child; its libc works */
		p = malloc(64);
		T(p != 0);
		T(snprintf(p, 64, "%d", in_bss) == 1);
		T_STR(p, "5");
		in_tls = 77;
		child_exit();
	}
	return (void *)(long)(pid > 0 ? reaped(pid, "fork in a thread") : -1);
}

UKL_TEST(fork_thread)
{
	pthread_t t;
	void *ret = (void *)1;

	(void)argc; (void)argv;
	in_tls = 4;
	T_INT(pthread_create(&t, 0, fork_in_thread, 0), 0);
	T_INT(pthread_join(t, &ret), 0);
	T(ret == 0);
	T_INT(in_tls, 4);
	T_INT(in_bss, 5);
	return 0;
}

static volatile sig_atomic_t handled;

static void count_signal(int sig)
{
	(void)sig;
	handled++;
}

/* the handler is inherited, the pending signal is not */
UKL_TEST(fork_signal)
{
	sigset_t usr1, pending;
	pid_t pid;

	(void)argc; (void)argv;
	signal(SIGUSR1, count_signal);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, 0);
	raise(SIGUSR1);
	pid = fork();
	if (pid == 0) {
		T_OK(sigpending(&pending));
		T(!sigismember(&pending, SIGUSR1));
		sigprocmask(SIG_UNBLOCK, &usr1, 0);
		T_INT(handled, 0);
		raise(SIGUSR1);
		T_INT(handled, 1);
		child_exit();
	}
	T(pid > 0 && reaped(pid, "fork with a pending signal") == 0);
	T_INT(handled, 0);
	sigprocmask(SIG_UNBLOCK, &usr1, 0);
	T_INT(handled, 1);
	signal(SIGUSR1, SIG_DFL);
	return 0;
}

/* fork, then exec of a normal program and of the UKL file itself */
UKL_TEST(fork_exec)
{
	char *normal[] = { "/child", "exit", "3", 0 };
	char *self[] = { "/ukl", "fresh", 0 };
	int status;
	pid_t pid;

	(void)argc; (void)argv;
	in_data = 1234;
	pid = fork();
	if (pid == 0) {
		execv(normal[0], normal);
		_exit(127);
	}
	T_INT((int)waitpid(pid, &status, 0), (int)pid);
	T(WIFEXITED(status) && WEXITSTATUS(status) == 3);
	pid = fork();
	if (pid == 0) {
		execv(self[0], self);
		_exit(127);
	}
	T(pid > 0 && reaped(pid, "fork + exec /ukl fresh") == 0);
	T_INT(in_data, 1234);
	return 0;
}

static long futex(int *word, int op, int val, const struct timespec *timeout)
{
	return syscall(SYS_futex, word, op, val, timeout, 0, 0);
}

/* wake word until a waiter is woken, or for about 5 s; the number woken */
static long wake_one(int *word)
{
	long n = 0;
	int i;

	for (i = 0; i < 500 && n == 0; i++) {
		n = futex(word, FUTEX_WAKE, 1, 0);
		if (n == 0)
			usleep(10000);
	}
	return n;
}

static int futex_word;	/* .bss */

/* the parent's wake of its .bss word does not reach the child's copy; a
 * word in MAP_SHARED memory is one word for both */
UKL_TEST(fork_futex)
{
	struct timespec brief = { 0, 300000000 }, long_wait = { 10, 0 };
	int *shared = mmap(0, 4096, PROT_READ | PROT_WRITE,
			   MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	pid_t pid;

	(void)argc; (void)argv;
	T(shared != MAP_FAILED);
	futex_word = 0;
	pid = fork();
	if (pid == 0) {
		/* not woken by the parent: times out */
		T_INT(futex(&futex_word, FUTEX_WAIT, 0, &brief), -1);
		T_INT(errno, ETIMEDOUT);
		T_INT(futex(shared, FUTEX_WAIT, 0, &long_wait), 0);
		child_exit();
	}
	T(pid > 0);
	/* no waiter on this process's word, however long the child waits */
	usleep(100000);
	T_INT(futex(&futex_word, FUTEX_WAKE, 1, 0), 0);
	T_INT(wake_one(shared), 1);
	T(reaped(pid, "futex child") == 0);
	munmap(shared, 4096);
	return 0;
}

/* one instance of several at once: counts in its data, bss and TLS, and
 * checks that its pid, kept in the bss, stays its own */
static long count_data = 1;
static long count_bss;
static __thread long count_tls;
static pid_t count_pid;

UKL_TEST(count_alone)
{
	long n = argc > 1 ? atol(argv[1]) : 100000, i;

	count_pid = getpid();
	for (i = 0; i < n; i++) {
		count_data++, count_bss++, count_tls++;
		if (i % 1000 == 0) {
			sched_yield();
			if (count_pid != getpid()) {
				t_error("pid %d in the bss, %d is mine\n",
					count_pid, getpid());
				return 1;
			}
		}
	}
	T_INT(count_data, n + 1);
	T_INT(count_bss, n);
	T_INT(count_tls, n);
	return 0;
}
