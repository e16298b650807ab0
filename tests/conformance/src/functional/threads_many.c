/* 64 threads alive at once, each with its own stack and a small stack
 * size attribute; all run and meet at a barrier */
#include <pthread.h>
#include <string.h>
#include "test.h"

#define N 64

static pthread_barrier_t bar;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int alive, maxalive;

static void *f(void *arg)
{
	char buf[8192];
	memset(buf, (int)(long)arg, sizeof buf);
	pthread_mutex_lock(&m);
	if (++alive > maxalive)
		maxalive = alive;
	pthread_mutex_unlock(&m);
	pthread_barrier_wait(&bar);
	pthread_mutex_lock(&m);
	alive--;
	pthread_mutex_unlock(&m);
	return (void *)(long)(buf[100] + buf[8000]);
}

int main(void)
{
	pthread_t t[N];
	pthread_attr_t a;
	size_t ss;
	void *r;
	int i;

	pthread_barrier_init(&bar, 0, N);
	pthread_attr_init(&a);
	T_INT(pthread_attr_setstacksize(&a, 65536), 0);
	T_INT(pthread_attr_getstacksize(&a, &ss), 0);
	T_INT(ss, 65536);
	for (i = 0; i < N; i++)
		if (pthread_create(&t[i], &a, f, (void *)(long)(i % 50))) {
			t_error("pthread_create %d failed\n", i);
			return t_status;
		}
	for (i = 0; i < N; i++) {
		pthread_join(t[i], &r);
		T_INT((long)r, 2 * (i % 50));
	}
	T_INT(maxalive, N);
	T_INT(alive, 0);
	pthread_attr_destroy(&a);
	return t_status;
}
