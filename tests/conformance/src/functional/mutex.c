/* mutexes: a normal mutex keeps a shared counter exact under contention;
 * trylock gives EBUSY; recursive mutexes count; error-checking mutexes
 * report EDEADLK and EPERM; timedlock times out */
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include "test.h"

#define THREADS 4
#define ITER 20000

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *add(void *arg)
{
	int i;
	(void)arg;
	for (i = 0; i < ITER; i++) {
		pthread_mutex_lock(&m);
		counter++;
		pthread_mutex_unlock(&m);
	}
	return 0;
}

/* lock with a deadline 20 ms away */
static void *timed(void *arg)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += 20000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	return (void *)(long)pthread_mutex_timedlock(arg, &ts);
}

static void *try(void *arg)
{
	return (void *)(long)pthread_mutex_trylock(arg);
}

int main(void)
{
	pthread_t t[THREADS];
	pthread_mutexattr_t a;
	pthread_mutex_t r, e, tm;
	void *res;
	int i, type;

	for (i = 0; i < THREADS; i++)
		T_INT(pthread_create(&t[i], 0, add, 0), 0);
	for (i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	T_INT(counter, THREADS * ITER);

	T_INT(pthread_mutex_trylock(&m), 0);
	pthread_create(&t[0], 0, try, &m);
	pthread_join(t[0], &res);
	T_INT((long)res, EBUSY);
	pthread_mutex_unlock(&m);

	pthread_mutexattr_init(&a);
	T_INT(pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE), 0);
	T_INT(pthread_mutexattr_gettype(&a, &type), 0);
	T_INT(type, PTHREAD_MUTEX_RECURSIVE);
	pthread_mutex_init(&r, &a);
	T_INT(pthread_mutex_lock(&r), 0);
	T_INT(pthread_mutex_lock(&r), 0);
	T_INT(pthread_mutex_trylock(&r), 0);
	pthread_create(&t[0], 0, try, &r);
	pthread_join(t[0], &res);
	T_INT((long)res, EBUSY);
	T_INT(pthread_mutex_unlock(&r), 0);
	T_INT(pthread_mutex_unlock(&r), 0);
	T_INT(pthread_mutex_unlock(&r), 0);
	T_INT(pthread_mutex_unlock(&r), EPERM);
	pthread_create(&t[0], 0, try, &r);
	pthread_join(t[0], &res);
	T_INT((long)res, 0);	/* the thread exited holding it: fine for a test */

	pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
	pthread_mutex_init(&e, &a);
	T_INT(pthread_mutex_unlock(&e), EPERM);
	T_INT(pthread_mutex_lock(&e), 0);
	T_INT(pthread_mutex_lock(&e), EDEADLK);
	T_INT(pthread_mutex_unlock(&e), 0);
	pthread_mutexattr_destroy(&a);

	pthread_mutex_init(&tm, 0);
	pthread_mutex_lock(&tm);
	{
		long long t0 = t_ns();
		pthread_create(&t[0], 0, timed, &tm);
		pthread_join(t[0], &res);
		T_INT((long)res, ETIMEDOUT);
		T(t_ns() - t0 >= 20000000);
	}
	pthread_mutex_unlock(&tm);
	T_INT(pthread_mutex_destroy(&tm), 0);
	return t_status;
}
