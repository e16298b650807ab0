/* condition variables: a bounded producer/consumer queue, broadcast wakes
 * every waiter, timedwait times out with the mutex held, and a
 * CLOCK_MONOTONIC condattr */
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include "test.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t c = PTHREAD_COND_INITIALIZER;
static int q[8], head, tail, done, waiting, go;

static void *consumer(void *arg)
{
	long sum = 0;
	(void)arg;
	pthread_mutex_lock(&m);
	for (;;) {
		while (head == tail && !done)
			pthread_cond_wait(&c, &m);
		if (head == tail)
			break;
		sum += q[head++ % 8];
		pthread_cond_broadcast(&c);
	}
	pthread_mutex_unlock(&m);
	return (void *)sum;
}

static void *waiter(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&m);
	waiting++;
	pthread_cond_broadcast(&c);
	while (!go)
		pthread_cond_wait(&c, &m);
	waiting--;
	pthread_mutex_unlock(&m);
	return 0;
}

static struct timespec later(clockid_t clk, long ms)
{
	struct timespec ts;
	clock_gettime(clk, &ts);
	ts.tv_nsec += ms * 1000000;
	while (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	return ts;
}

int main(void)
{
	pthread_t t[2], w[5];
	pthread_condattr_t ca;
	pthread_cond_t mc;
	struct timespec ts;
	void *r1, *r2;
	long long t0;
	int i;

	pthread_create(&t[0], 0, consumer, 0);
	pthread_create(&t[1], 0, consumer, 0);
	for (i = 1; i <= 2000; i++) {
		pthread_mutex_lock(&m);
		while (tail - head == 8)
			pthread_cond_wait(&c, &m);
		q[tail++ % 8] = i;
		pthread_cond_broadcast(&c);
		pthread_mutex_unlock(&m);
	}
	pthread_mutex_lock(&m);
	done = 1;
	pthread_cond_broadcast(&c);
	pthread_mutex_unlock(&m);
	pthread_join(t[0], &r1);
	pthread_join(t[1], &r2);
	T_INT((long)r1 + (long)r2, 2000L * 2001 / 2);

	for (i = 0; i < 5; i++)
		pthread_create(&w[i], 0, waiter, 0);
	pthread_mutex_lock(&m);
	while (waiting < 5)
		pthread_cond_wait(&c, &m);
	go = 1;
	pthread_cond_broadcast(&c);
	pthread_mutex_unlock(&m);
	for (i = 0; i < 5; i++)
		pthread_join(w[i], 0);
	T_INT(waiting, 0);

	pthread_mutex_lock(&m);
	t0 = t_ns();	/* before the deadline is read: no early slack */
	ts = later(CLOCK_REALTIME, 20);
	T_INT(pthread_cond_timedwait(&c, &m, &ts), ETIMEDOUT);
	T(t_ns() - t0 >= 15000000);
	T_INT(pthread_mutex_trylock(&m), EBUSY);	/* still ours */
	pthread_mutex_unlock(&m);

	pthread_condattr_init(&ca);
	T_INT(pthread_condattr_setclock(&ca, CLOCK_MONOTONIC), 0);
	pthread_cond_init(&mc, &ca);
	pthread_mutex_lock(&m);
	ts = later(CLOCK_MONOTONIC, 10);
	T_INT(pthread_cond_timedwait(&mc, &m, &ts), ETIMEDOUT);
	pthread_mutex_unlock(&m);
	pthread_cond_destroy(&mc);
	pthread_condattr_destroy(&ca);
	return t_status;
}
