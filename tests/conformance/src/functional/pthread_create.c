/* pthread_create/join: arguments and return values, pthread_exit's value,
 * pthread_self/pthread_equal, detached threads via the attribute and
 * pthread_detach */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include "test.h"

static sem_t finished;

static void *twice(void *arg)
{
	return (void *)((long)arg * 2);
}

static void *exiter(void *arg)
{
	pthread_exit(arg);
	return 0;
}

static void *self(void *arg)
{
	*(pthread_t *)arg = pthread_self();
	return 0;
}

static void *detached(void *arg)
{
	(void)arg;
	sem_post(&finished);
	return 0;
}

int main(void)
{
	pthread_t t[8], s, me = pthread_self();
	pthread_attr_t a;
	void *r;
	int i, st;

	for (i = 0; i < 8; i++)
		T_INT(pthread_create(&t[i], 0, twice, (void *)(long)i), 0);
	for (i = 0; i < 8; i++) {
		T_INT(pthread_join(t[i], &r), 0);
		T_INT((long)r, 2 * i);
	}
	T_INT(pthread_create(&t[0], 0, exiter, (void *)77), 0);
	pthread_join(t[0], &r);
	T_INT((long)r, 77);
	T_INT(pthread_create(&t[0], 0, self, &s), 0);
	pthread_join(t[0], 0);
	T(pthread_equal(s, t[0]));
	T(!pthread_equal(s, me));
	T(pthread_equal(me, pthread_self()));

	sem_init(&finished, 0, 0);
	pthread_attr_init(&a);
	T_INT(pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED), 0);
	T_INT(pthread_attr_getdetachstate(&a, &st), 0);
	T_INT(st, PTHREAD_CREATE_DETACHED);
	for (i = 0; i < 4; i++)
		T_INT(pthread_create(&t[i], &a, detached, 0), 0);
	pthread_attr_destroy(&a);
	T_INT(pthread_create(&t[4], 0, detached, 0), 0);
	T_INT(pthread_detach(t[4]), 0);
	for (i = 0; i < 5; i++)
		sem_wait(&finished);
	return t_status;
}
