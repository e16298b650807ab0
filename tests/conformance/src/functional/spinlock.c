/* spin locks keep a shared counter exact; trylock gives EBUSY */
#include <errno.h>
#include <pthread.h>
#include "test.h"

static pthread_spinlock_t sl;
static long n;

static void *f(void *arg)
{
	int i;
	(void)arg;
	for (i = 0; i < 20000; i++) {
		pthread_spin_lock(&sl);
		n++;
		pthread_spin_unlock(&sl);
	}
	return 0;
}

int main(void)
{
	pthread_t t[3];
	int i;

	T_INT(pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE), 0);
	for (i = 0; i < 3; i++)
		pthread_create(&t[i], 0, f, 0);
	for (i = 0; i < 3; i++)
		pthread_join(t[i], 0);
	T_INT(n, 60000);
	T_INT(pthread_spin_trylock(&sl), 0);
	T_INT(pthread_spin_trylock(&sl), EBUSY);
	T_INT(pthread_spin_unlock(&sl), 0);
	T_INT(pthread_spin_destroy(&sl), 0);
	return t_status;
}
