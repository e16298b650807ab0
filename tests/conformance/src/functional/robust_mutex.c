/* robust mutexes: the owner thread exits holding it; the next locker gets
 * EOWNERDEAD, makes it consistent and can use it; a mutex unlocked without
 * pthread_mutex_consistent becomes ENOTRECOVERABLE */
#include <errno.h>
#include <pthread.h>
#include "test.h"

static pthread_mutex_t a, b;

static void *die_holding(void *m)
{
	pthread_mutex_lock(m);
	return 0;
}

int main(void)
{
	pthread_mutexattr_t at;
	pthread_t t;
	int r;

	pthread_mutexattr_init(&at);
	T_INT(pthread_mutexattr_setrobust(&at, PTHREAD_MUTEX_ROBUST), 0);
	T_INT(pthread_mutexattr_getrobust(&at, &r), 0);
	T_INT(r, PTHREAD_MUTEX_ROBUST);
	pthread_mutex_init(&a, &at);
	pthread_mutex_init(&b, &at);

	pthread_create(&t, 0, die_holding, &a);
	pthread_join(t, 0);
	T_INT(pthread_mutex_lock(&a), EOWNERDEAD);
	T_INT(pthread_mutex_consistent(&a), 0);
	T_INT(pthread_mutex_unlock(&a), 0);
	T_INT(pthread_mutex_lock(&a), 0);
	T_INT(pthread_mutex_unlock(&a), 0);

	pthread_create(&t, 0, die_holding, &b);
	pthread_join(t, 0);
	T_INT(pthread_mutex_trylock(&b), EOWNERDEAD);
	T_INT(pthread_mutex_unlock(&b), 0);
	T_INT(pthread_mutex_lock(&b), ENOTRECOVERABLE);
	pthread_mutexattr_destroy(&at);
	return t_status;
}
