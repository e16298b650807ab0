/* thread attributes: a requested stack size is usable to its end (deep
 * recursion in a 1 MiB stack), a caller-provided stack is used, guard size
 * and scope attributes round trip */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static void *stack_mem;
static size_t stack_len;

static long recurse(int n)
{
	volatile char pad[1024];
	pad[0] = (char)n;
	pad[1023] = (char)n;
	if (n == 0)
		return pad[0];
	return recurse(n - 1) + pad[1023];
}

static void *deep(void *arg)
{
	(void)arg;
	return (void *)recurse(700);	/* about 750 KiB of stack */
}

static void *where(void *arg)
{
	char local;
	(void)arg;
	return (void *)(uintptr_t)((uintptr_t)&local - (uintptr_t)stack_mem < stack_len);
}

int main(void)
{
	pthread_attr_t a;
	pthread_t t;
	size_t s, g;
	void *r, *sp;
	int scope, n;
	long want = 0;

	/* what recurse(700) returns: the sum of (char)n for n = 0..700 */
	for (n = 0; n <= 700; n++)
		want += (char)n;

	pthread_attr_init(&a);
	T_INT(pthread_attr_setstacksize(&a, 1 << 20), 0);
	T_INT(pthread_create(&t, &a, deep, 0), 0);
	pthread_join(t, &r);
	T_INT((long)r, want);
	pthread_attr_destroy(&a);

	stack_len = 256 * 1024;
	stack_mem = aligned_alloc(4096, stack_len);
	if (!T(stack_mem != 0))
		return t_status;
	pthread_attr_init(&a);
	T_INT(pthread_attr_setstack(&a, stack_mem, stack_len), 0);
	T_INT(pthread_attr_getstack(&a, &sp, &s), 0);
	T(sp == stack_mem && s == stack_len);
	T_INT(pthread_create(&t, &a, where, 0), 0);
	pthread_join(t, &r);
	T_INT((long)r, 1);
	pthread_attr_destroy(&a);
	free(stack_mem);

	pthread_attr_init(&a);
	T_INT(pthread_attr_setguardsize(&a, 8192), 0);
	T_INT(pthread_attr_getguardsize(&a, &g), 0);
	T_INT(g, 8192);
	T_INT(pthread_attr_getscope(&a, &scope), 0);
	T_INT(scope, PTHREAD_SCOPE_SYSTEM);
	T_INT(pthread_attr_setstacksize(&a, 1), EINVAL);
	pthread_attr_destroy(&a);
	return t_status;
}
