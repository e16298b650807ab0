/* cancellation without a blocking call: a request waits while
 * cancellation is disabled and acts at pthread_testcancel once enabled;
 * asynchronous cancellation stops a busy loop; cancelling a finished
 * thread succeeds */
#include <pthread.h>
#include <semaphore.h>
#include "test.h"

static sem_t requested, started;
static volatile int passed_disabled, cleaned;
static volatile unsigned long spin;

static void cleanup(void *arg)
{
	(void)arg;
	cleaned++;
}

static void *deferred(void *arg)
{
	int old;
	(void)arg;
	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
	sem_post(&started);
	sem_wait(&requested);
	pthread_testcancel();	/* disabled: no effect */
	passed_disabled = 1;
	pthread_cleanup_push(cleanup, 0);
	pthread_setcancelstate(old, 0);
	pthread_testcancel();
	pthread_cleanup_pop(0);
	return 0;
}

static void *async(void *arg)
{
	(void)arg;
	pthread_cleanup_push(cleanup, 0);
	pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, 0);
	sem_post(&started);
	for (;;)
		spin++;
	pthread_cleanup_pop(0);
	return 0;
}

static void *quick(void *arg)
{
	return arg;
}

int main(void)
{
	pthread_t t;
	void *r;

	sem_init(&requested, 0, 0);
	sem_init(&started, 0, 0);
	T_INT(pthread_create(&t, 0, deferred, 0), 0);
	sem_wait(&started);
	T_INT(pthread_cancel(t), 0);
	sem_post(&requested);
	T_INT(pthread_join(t, &r), 0);
	T(r == PTHREAD_CANCELED);
	T_INT(passed_disabled, 1);
	T_INT(cleaned, 1);

	T_INT(pthread_create(&t, 0, async, 0), 0);
	sem_wait(&started);
	T_INT(pthread_cancel(t), 0);
	T_INT(pthread_join(t, &r), 0);
	T(r == PTHREAD_CANCELED);
	T_INT(cleaned, 2);

	T_INT(pthread_create(&t, 0, quick, (void *)5), 0);
	T_INT(pthread_join(t, &r), 0);
	T_INT((long)r, 5);
	return t_status;
}
