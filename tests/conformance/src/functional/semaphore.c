/* unnamed semaphores: counting across threads, sem_trywait EAGAIN,
 * sem_timedwait ETIMEDOUT, sem_getvalue, EINVAL for a too large value */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include "test.h"

static sem_t s, done;

static void *poster(void *arg)
{
	int i;
	for (i = 0; i < (long)arg; i++)
		sem_post(&s);
	sem_post(&done);
	return 0;
}

int main(void)
{
	pthread_t t[4];
	struct timespec ts;
	long long t0;
	int i, v;

	T_OK(sem_init(&s, 0, 2));
	T_OK(sem_init(&done, 0, 0));
	T_OK(sem_getvalue(&s, &v));
	T_INT(v, 2);
	T_OK(sem_trywait(&s));
	T_OK(sem_wait(&s));
	T_FAIL(sem_trywait(&s), EAGAIN);
	for (i = 0; i < 4; i++)
		pthread_create(&t[i], 0, poster, (void *)250L);
	for (i = 0; i < 1000; i++)
		sem_wait(&s);
	for (i = 0; i < 4; i++) {
		sem_wait(&done);
		pthread_join(t[i], 0);
	}
	T_OK(sem_getvalue(&s, &v));
	T_INT(v, 0);

	t0 = t_ns();	/* before the deadline is read: no early slack */
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += 20000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	T_FAIL(sem_timedwait(&s, &ts), ETIMEDOUT);
	T(t_ns() - t0 >= 15000000);
	ts.tv_nsec = 2000000000;
	T_FAIL(sem_timedwait(&s, &ts), EINVAL);
	T_OK(sem_post(&s));
	ts.tv_nsec = 0;
	T_OK(sem_timedwait(&s, &ts));	/* available: the past deadline does not matter */
	T_FAIL(sem_init(&s, 0, (unsigned)SEM_VALUE_MAX + 1), EINVAL);
	T_OK(sem_destroy(&done));
	return t_status;
}
