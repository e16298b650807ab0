/* The musl-ukl sample: one C file, built with x86_64-ukl-gcc.  Running it
 * prints its arguments, a thread-local counter from four threads, and
 * which way it entered the kernel. */
#include <stdio.h>
#include <pthread.h>
#include <unistd.h>

static __thread int counter;

static void *count(void *arg)
{
	int i;

	for (i = 0; i < (int)(long)arg; i++)
		counter++;
	return (void *)(long)counter;
}

int main(int argc, char **argv)
{
	pthread_t t[4];
	void *r;
	int i;

	printf("hello from musl-ukl, pid %d, %d argument(s):", getpid(), argc - 1);
	for (i = 1; i < argc; i++)
		printf(" %s", argv[i]);
	printf("\n");
	for (i = 0; i < 4; i++)
		pthread_create(&t[i], 0, count, (void *)(long)(1000 * (i + 1)));
	for (i = 0; i < 4; i++) {
		pthread_join(t[i], &r);
		printf("thread %d counted to %ld in its own TLS\n", i, (long)r);
	}
	printf("main thread's counter is still %d\n", counter);
	return 0;
}
