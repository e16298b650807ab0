/* mutex, condition variable, rwlock, barrier, semaphore, once, detach */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
#include "test.h"

#define THREADS 8
#define ITER 20000

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static pthread_barrier_t barrier;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static sem_t sem;
static long total, once_runs;
static int queue[16], head, tail, done;

static void init_once(void) { once_runs++; }

static void *adder(void *arg)
{
	int i;
	(void)arg;
	pthread_once(&once, init_once);
	pthread_barrier_wait(&barrier);
	for (i = 0; i < ITER; i++) {
		pthread_mutex_lock(&lock);
		total++;
		pthread_mutex_unlock(&lock);
	}
	pthread_rwlock_rdlock(&rw);
	pthread_rwlock_unlock(&rw);
	return 0;
}

static void *consumer(void *arg)
{
	long sum = 0;
	(void)arg;
	pthread_mutex_lock(&lock);
	for (;;) {
		while (head == tail && !done)
			pthread_cond_wait(&cond, &lock);
		if (head == tail && done)
			break;
		sum += queue[head++ % 16];
		pthread_cond_broadcast(&cond);
	}
	pthread_mutex_unlock(&lock);
	return (void *)sum;
}

static void *poster(void *arg)
{
	(void)arg;
	sem_post(&sem);
	return 0;
}

int main(void)
{
	pthread_t t[THREADS], c, d;
	void *r;
	int i;

	pthread_barrier_init(&barrier, 0, THREADS);
	for (i = 0; i < THREADS; i++)
		T(pthread_create(&t[i], 0, adder, 0) == 0);
	for (i = 0; i < THREADS; i++)
		pthread_join(t[i], 0);
	T_INT(total, (long)THREADS * ITER);
	T_INT(once_runs, 1L);

	T(pthread_create(&c, 0, consumer, 0) == 0);
	for (i = 1; i <= 1000; i++) {
		pthread_mutex_lock(&lock);
		while (tail - head == 16)
			pthread_cond_wait(&cond, &lock);
		queue[tail++ % 16] = i;
		pthread_cond_broadcast(&cond);
		pthread_mutex_unlock(&lock);
	}
	pthread_mutex_lock(&lock);
	done = 1;
	pthread_cond_broadcast(&cond);
	pthread_mutex_unlock(&lock);
	pthread_join(c, &r);
	T_INT((long)r, 500500L);

	sem_init(&sem, 0, 0);
	T(pthread_create(&d, 0, poster, 0) == 0);
	T(pthread_detach(d) == 0);
	T(sem_wait(&sem) == 0);

	T(pthread_rwlock_wrlock(&rw) == 0);
	T(pthread_rwlock_tryrdlock(&rw) != 0);
	T(pthread_rwlock_unlock(&rw) == 0);
	T(pthread_mutex_trylock(&lock) == 0);
	T(pthread_mutex_trylock(&lock) != 0);
	pthread_mutex_unlock(&lock);
	/* thread creation after joins and a detached exit still works */
	for (i = 0; i < 3; i++) {
		T(pthread_create(&t[0], 0, poster, 0) == 0);
		T(pthread_join(t[0], 0) == 0);
	}
	return t_status;
}
