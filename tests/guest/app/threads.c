/* Threads in ring 0: creation and exit (the tid word and musl's locks
 * live in the app's .bss, a kernel-half address), TLS, the
 * synchronisation objects, robust mutexes, cancellation, and preemption
 * and migration across the two vCPUs. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include "ukl_test.h"

#define NTHREADS 64

static __thread long tls_value = -1;
static __thread char tls_buf[32] = "initial";

static void *set_tls(void *arg)
{
	long i = (long)arg;

	if (tls_value != -1 || strcmp(tls_buf, "initial"))
		return (void *)-1L;
	tls_value = i;
	tls_buf[0] = 'a' + i % 26;
	sched_yield();
	if (tls_value != i || tls_buf[0] != 'a' + i % 26)
		return (void *)-2L;
	return (void *)(i * i);
}

/* 64 threads, each with its own TLS; joined, then 64 more after the
 * joins (thread exit cleared the tid word and woke the join) */
UKL_TEST(threads_create)
{
	pthread_t t[NTHREADS];
	void *ret;
	long i, round;

	(void)argc; (void)argv;
	for (round = 0; round < 2; round++) {
		for (i = 0; i < NTHREADS; i++)
			if (pthread_create(&t[i], 0, set_tls, (void *)i)) {
				t_error("round %ld: pthread_create %ld failed\n", round, i);
				return 1;
			}
		for (i = 0; i < NTHREADS; i++) {
			T(pthread_join(t[i], &ret) == 0);
			T_INT((long)ret, i * i);
		}
	}
	T_INT(tls_value, -1L);
	return 0;
}

static sem_t detached_done;

static void *detached(void *arg)
{
	(void)arg;
	sem_post(&detached_done);
	return 0;
}

/* detached threads exit on their own; creating more afterwards works */
UKL_TEST(threads_detach)
{
	pthread_attr_t a;
	pthread_t t;
	int i;

	(void)argc; (void)argv;
	sem_init(&detached_done, 0, 0);
	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	for (i = 0; i < 32; i++)
		T(pthread_create(&t, &a, detached, 0) == 0);
	for (i = 0; i < 32; i++)
		T(sem_wait(&detached_done) == 0);
	for (i = 0; i < 32; i++)
		T(pthread_create(&t, 0, detached, 0) == 0 && pthread_join(t, 0) == 0);
	return 0;
}

static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_barrier_t barrier;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static sem_t sem;
static long counter, readers_ok, once_runs, turn;

static void once_fn(void)
{
	once_runs++;
}

static void *worker(void *arg)
{
	long id = (long)arg, i;

	pthread_once(&once, once_fn);
	pthread_barrier_wait(&barrier);
	for (i = 0; i < 2000; i++) {
		pthread_mutex_lock(&mtx);
		counter++;
		pthread_mutex_unlock(&mtx);
	}
	pthread_rwlock_rdlock(&rw);
	if (counter >= 0)
		__atomic_fetch_add(&readers_ok, 1, __ATOMIC_RELAXED);
	pthread_rwlock_unlock(&rw);
	/* take turns in id order through the condition variable */
	pthread_mutex_lock(&mtx);
	while (turn != id)
		pthread_cond_wait(&cond, &mtx);
	turn++;
	pthread_cond_broadcast(&cond);
	pthread_mutex_unlock(&mtx);
	sem_post(&sem);
	return 0;
}

UKL_TEST(threads_sync)
{
	pthread_t t[8];
	long i;

	(void)argc; (void)argv;
	pthread_barrier_init(&barrier, 0, 8);
	sem_init(&sem, 0, 0);
	pthread_rwlock_wrlock(&rw);
	for (i = 0; i < 8; i++)
		T(pthread_create(&t[i], 0, worker, (void *)i) == 0);
	usleep(10000);
	pthread_rwlock_unlock(&rw);
	for (i = 0; i < 8; i++)
		T(sem_wait(&sem) == 0);
	for (i = 0; i < 8; i++)
		T(pthread_join(t[i], 0) == 0);
	T_INT(counter, 8 * 2000L);
	T_INT(readers_ok, 8L);
	T_INT(once_runs, 1L);
	T_INT(turn, 8L);
	return 0;
}

static pthread_mutex_t robust;

static void *die_holding(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&robust);
	return 0;
}

/* a robust mutex whose owner exited: the next locker gets EOWNERDEAD */
UKL_TEST(threads_robust)
{
	pthread_mutexattr_t a;
	pthread_t t;

	(void)argc; (void)argv;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	pthread_mutex_init(&robust, &a);
	T(pthread_create(&t, 0, die_holding, 0) == 0);
	T(pthread_join(t, 0) == 0);
	T_INT(pthread_mutex_lock(&robust), EOWNERDEAD);
	T(pthread_mutex_consistent(&robust) == 0);
	T(pthread_mutex_unlock(&robust) == 0);
	T(pthread_mutex_lock(&robust) == 0);
	T(pthread_mutex_unlock(&robust) == 0);
	return 0;
}

static int cancel_pipe[2];
static volatile int cleanup_ran, blocked;

static void cleanup(void *arg)
{
	cleanup_ran = (int)(intptr_t)arg;
}

static void *block_in_read(void *arg)
{
	char c;

	(void)arg;
	pthread_cleanup_push(cleanup, (void *)7);
	blocked = 1;
	read(cancel_pipe[0], &c, 1);
	pthread_cleanup_pop(0);
	return 0;
}

/* cancel a thread blocked in read, a cancellation point: musl acts when
 * the interrupted ip lies in __cp_begin..__cp_end, in ring 0 as well */
UKL_TEST(threads_cancel)
{
	pthread_t t;
	void *ret = 0;

	(void)argc; (void)argv;
	T(pipe(cancel_pipe) == 0);
	T(pthread_create(&t, 0, block_in_read, 0) == 0);
	while (!blocked)
		sched_yield();
	usleep(50000);
	T(pthread_cancel(t) == 0);
	T(pthread_join(t, &ret) == 0);
	T(ret == PTHREAD_CANCELED);
	T_INT(cleanup_ran, 7);
	return 0;
}

static volatile int stop;
static int cpus_seen;

static void *fpu_worker(void *arg)
{
	long id = (long)arg, n = 0;
	double x = id + 1, acc = 0;
	sigset_t mine, now;
	int cpu, last = -1;

	/* each thread its own mask and TLS value */
	sigemptyset(&mine);
	sigaddset(&mine, SIGRTMIN + (int)id);
	pthread_sigmask(SIG_BLOCK, &mine, 0);
	tls_value = id;
	while (!stop || n < 1000) {
		acc += x * 0.5;		/* exact in binary: sums of halves */
		n++;
		cpu = sched_getcpu();
		if (cpu != last && cpu >= 0) {
			__atomic_fetch_or(&cpus_seen, 1 << cpu, __ATOMIC_RELAXED);
			last = cpu;
		}
		if (n % 4096 == 0 && tls_value != id)
			return (void *)1L;
	}
	pthread_sigmask(SIG_BLOCK, 0, &now);
	if (!sigismember(&now, SIGRTMIN + (int)id) ||
	    sigismember(&now, SIGRTMIN + (int)(id ^ 1)))
		return (void *)2L;
	if (acc != n * x * 0.5)
		return (void *)3L;
	return 0;
}

/* Threads preempted by the timer and moved between vCPUs keep their TLS,
 * SSE state and signal masks; with two vCPUs both get used. */
UKL_TEST(threads_migrate)
{
	pthread_t t[4];
	void *ret;
	long i;

	(void)argc; (void)argv;
	for (i = 0; i < 4; i++)
		T(pthread_create(&t[i], 0, fpu_worker, (void *)i) == 0);
	usleep(1500000);
	stop = 1;
	for (i = 0; i < 4; i++) {
		T(pthread_join(t[i], &ret) == 0);
		T_INT((long)ret, 0L);
	}
	if (sysconf(_SC_NPROCESSORS_ONLN) > 1)
		T_HEX(cpus_seen, 3);
	return 0;
}
