/* read-write locks: two readers inside at once, a writer alone, EBUSY from
 * the try forms, timed forms time out */
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include "test.h"

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_barrier_t both_in;

static void *reader(void *arg)
{
	(void)arg;
	pthread_rwlock_rdlock(&rw);
	/* both readers must get here while holding the lock */
	pthread_barrier_wait(&both_in);
	pthread_rwlock_unlock(&rw);
	return 0;
}

static void *trywr(void *arg)
{
	(void)arg;
	return (void *)(long)pthread_rwlock_trywrlock(&rw);
}

static void *tryrd(void *arg)
{
	int r = pthread_rwlock_tryrdlock(&rw);
	(void)arg;
	if (!r)
		pthread_rwlock_unlock(&rw);
	return (void *)(long)r;
}

static void *timedwr(void *arg)
{
	struct timespec ts;
	(void)arg;
	clock_gettime(CLOCK_REALTIME, &ts);
	ts.tv_nsec += 20000000;
	if (ts.tv_nsec >= 1000000000) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000;
	}
	return (void *)(long)pthread_rwlock_timedwrlock(&rw, &ts);
}

static long in(void *(*f)(void *))
{
	pthread_t t;
	void *r;
	pthread_create(&t, 0, f, 0);
	pthread_join(t, &r);
	return (long)r;
}

int main(void)
{
	pthread_t a, b;

	pthread_barrier_init(&both_in, 0, 2);
	pthread_create(&a, 0, reader, 0);
	pthread_create(&b, 0, reader, 0);
	pthread_join(a, 0);
	pthread_join(b, 0);

	T_INT(pthread_rwlock_rdlock(&rw), 0);
	T_INT(in(trywr), EBUSY);
	T_INT(in(tryrd), 0);
	T_INT(in(timedwr), ETIMEDOUT);
	T_INT(pthread_rwlock_unlock(&rw), 0);

	T_INT(pthread_rwlock_wrlock(&rw), 0);
	T_INT(in(tryrd), EBUSY);
	T_INT(in(trywr), EBUSY);
	T_INT(pthread_rwlock_unlock(&rw), 0);
	T_INT(in(trywr), 0);
	return t_status;
}
