/* pthread_once runs the routine once for many racing threads;
 * thread-specific data: per-thread values, destructors run at thread exit
 * with the value, not for null values, and keys can be deleted */
#include <pthread.h>
#include "test.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_key_t key;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t b;
static int init_runs, dtor_runs;
static long dtor_sum;

static void init(void)
{
	pthread_mutex_lock(&m);
	init_runs++;
	pthread_mutex_unlock(&m);
}

static void dtor(void *v)
{
	pthread_mutex_lock(&m);
	dtor_runs++;
	dtor_sum += (long)v;
	pthread_mutex_unlock(&m);
}

static void *f(void *arg)
{
	long id = (long)arg;
	pthread_barrier_wait(&b);
	pthread_once(&once, init);
	if (pthread_getspecific(key) != 0)
		return (void *)1;
	if (id % 2)
		pthread_setspecific(key, (void *)id);
	if (pthread_getspecific(key) != (id % 2 ? (void *)id : 0))
		return (void *)2;
	return 0;
}

int main(void)
{
	pthread_t t[8];
	pthread_key_t k2;
	void *r;
	long i;

	pthread_barrier_init(&b, 0, 8);
	T_INT(pthread_key_create(&key, dtor), 0);
	pthread_setspecific(key, (void *)1000);
	for (i = 0; i < 8; i++)
		pthread_create(&t[i], 0, f, (void *)i);
	for (i = 0; i < 8; i++) {
		pthread_join(t[i], &r);
		if (r)
			t_error("thread %ld: %ld\n", i, (long)r);
	}
	T_INT(init_runs, 1);
	T_INT(dtor_runs, 4);
	T_INT(dtor_sum, 1 + 3 + 5 + 7);
	T_INT((long)pthread_getspecific(key), 1000);
	T_INT(pthread_key_create(&k2, 0), 0);
	T(k2 != key);
	T_INT(pthread_key_delete(k2), 0);
	T_INT(pthread_key_delete(key), 0);
	return t_status;
}
