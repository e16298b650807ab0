/* musl's default thread stack is 128 KiB (DEFAULT_STACK_SIZE), reported by
 * a default attribute and by pthread_getattr_np of a new thread, and can
 * be changed with pthread_setattr_default_np */
#define _GNU_SOURCE
#include <pthread.h>
#include "test.h"

static void *f(void *arg)
{
	pthread_attr_t a;
	size_t s = 0;
	(void)arg;
	if (!pthread_getattr_np(pthread_self(), &a)) {
		pthread_attr_getstacksize(&a, &s);
		pthread_attr_destroy(&a);
	}
	return (void *)s;
}

int main(void)
{
	pthread_attr_t a;
	pthread_t t;
	size_t s;
	void *r;

	pthread_attr_init(&a);
	T_INT(pthread_attr_getstacksize(&a, &s), 0);
	T_INT(s, 131072);
	pthread_attr_destroy(&a);
	T_INT(pthread_create(&t, 0, f, 0), 0);
	pthread_join(t, &r);
	T((size_t)r >= 131072 && (size_t)r < 131072 + 65536);

	pthread_attr_init(&a);
	pthread_attr_setstacksize(&a, 1 << 20);
	T_INT(pthread_setattr_default_np(&a), 0);
	pthread_attr_destroy(&a);
	T_INT(pthread_create(&t, 0, f, 0), 0);
	pthread_join(t, &r);
	T((size_t)r >= 1 << 20);
	return t_status;
}
