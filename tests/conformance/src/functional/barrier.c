/* barriers: exactly one thread per round gets PTHREAD_BARRIER_SERIAL_THREAD,
 * no thread passes before all arrived, over several rounds */
#include <pthread.h>
#include "test.h"

#define N 6
#define ROUNDS 50

static pthread_barrier_t b;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int arrived[ROUNDS], serial[ROUNDS], early;

static void *f(void *arg)
{
	int r, ret;
	(void)arg;
	for (r = 0; r < ROUNDS; r++) {
		pthread_mutex_lock(&m);
		arrived[r]++;
		pthread_mutex_unlock(&m);
		ret = pthread_barrier_wait(&b);
		pthread_mutex_lock(&m);
		if (arrived[r] != N)
			early++;
		if (ret == PTHREAD_BARRIER_SERIAL_THREAD)
			serial[r]++;
		else if (ret != 0)
			early += 1000;
		pthread_mutex_unlock(&m);
	}
	return 0;
}

int main(void)
{
	pthread_t t[N];
	int i;

	T_INT(pthread_barrier_init(&b, 0, N), 0);
	for (i = 0; i < N; i++)
		pthread_create(&t[i], 0, f, 0);
	for (i = 0; i < N; i++)
		pthread_join(t[i], 0);
	T_INT(early, 0);
	for (i = 0; i < ROUNDS; i++)
		if (serial[i] != 1)
			t_error("round %d: %d serial threads\n", i, serial[i]);
	T_INT(pthread_barrier_destroy(&b), 0);
	return t_status;
}
