/* The musl-ukl sample: one C file, built with x86_64-ukl-gcc.  Running it
 * prints its arguments and the privilege level it runs at: 0 when linked
 * into the UKL kernel, 3 as a normal process. */
#include <stdio.h>
#include <unistd.h>

static __thread int calls;

static int ring(void)
{
	unsigned short cs;

	__asm__ ("mov %%cs, %0" : "=r"(cs));
	calls++;
	return cs & 3;
}

int main(int argc, char **argv)
{
	int i;

	printf("hello from musl-ukl, pid %d, in ring %d\n", getpid(), ring());
	for (i = 1; i < argc; i++)
		printf("argument %d: %s\n", i, argv[i]);
	printf("ring() called %d time(s), counted in TLS\n", calls);
	return 0;
}
