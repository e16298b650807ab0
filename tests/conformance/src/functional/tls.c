/* __thread variables: initial values in every new thread (also large and
 * over-aligned ones), separate addresses and values per thread, errno is
 * per thread */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include "test.h"

static __thread int counter = 42;
static __thread char text[32] = "initial";
static __thread long zero;
static __thread struct { char c; double d __attribute__((aligned(64))); } big = { 'b', 2.5 };
static __thread char page[5000];

static void *f(void *arg)
{
	long id = (long)arg, bad = 0;
	int i;

	if (counter != 42 || strcmp(text, "initial") || zero || big.c != 'b' || big.d != 2.5)
		bad |= 1;
	if ((uintptr_t)&big.d % 64)
		bad |= 2;
	for (i = 0; i < 5000; i++)
		if (page[i])
			bad |= 4;
	counter = id;
	strcpy(text, "changed");
	zero = id;
	memset(page, (int)id, sizeof page);
	errno = (int)id + 100;
	for (i = 0; i < 1000; i++)
		if (counter != id || zero != id || page[4999] != (char)id || errno != id + 100)
			bad |= 8;
	return (void *)bad;
}

int main(void)
{
	pthread_t t[8];
	void *r;
	int *addr = &counter;
	long i;

	T_INT(counter, 42);
	T((uintptr_t)&big.d % 64 == 0);
	errno = 5;
	for (i = 0; i < 8; i++)
		T_INT(pthread_create(&t[i], 0, f, (void *)(i + 1)), 0);
	for (i = 0; i < 8; i++) {
		pthread_join(t[i], &r);
		if (r)
			t_error("thread %ld: TLS check failed, bits %#lx\n", i + 1, (long)r);
	}
	T_INT(counter, 42);
	T_STR(text, "initial");
	T_INT(errno, 5);
	T(addr == &counter);
	return t_status;
}
