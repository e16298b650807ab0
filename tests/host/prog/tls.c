/* __thread in the main thread and in 8 threads: initial images copied,
 * alignment kept, every thread sees only its own values */
#include <pthread.h>
#include <stdint.h>
#include "test.h"

#define THREADS 8

static __thread int counter = 100;
static __thread char tag[16] = "initial";
static __thread long zeroed;
static __thread _Alignas(64) int aligned = 7;
static int seen[THREADS];

static void *worker(void *arg)
{
	int id = (int)(intptr_t)arg, i;

	if (counter != 100 || tag[0] != 'i' || zeroed != 0 || aligned != 7)
		return (void *)1;
	if ((uintptr_t)&aligned % 64)
		return (void *)2;
	for (i = 0; i < 100000; i++)
		counter++;
	zeroed = id;
	tag[0] = 'A' + id;
	seen[id] = counter;
	return zeroed == id && counter == 100100 ? 0 : (void *)3;
}

int main(void)
{
	pthread_t t[THREADS];
	void *r;
	int i;

	T_INT(counter, 100);
	T_INT(aligned, 7);
	{
		/* read at run time: the compiler knows the declared alignment */
		volatile uintptr_t at = (uintptr_t)&aligned;
		T(at % 64 == 0);
	}
	counter = 1;
	tag[0] = 'M';
	for (i = 0; i < THREADS; i++)
		T(pthread_create(&t[i], 0, worker, (void *)(intptr_t)i) == 0);
	for (i = 0; i < THREADS; i++) {
		T(pthread_join(t[i], &r) == 0);
		if (r) t_error("thread %d failed check %ld\n", i, (long)r);
		T_INT(seen[i], 100100);
	}
	T_INT(counter, 1);
	T(tag[0] == 'M');
	T(zeroed == 0);
	return t_status;
}
