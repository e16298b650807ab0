/* qsort of inputs that make naive quicksorts quadratic or unstable in
 * memory: all keys equal, two alternating keys, organ-pipe order; each
 * must finish quickly and be sorted */
#include <stdlib.h>
#include "test.h"

#define N 20000

static long calls;
static int cmp(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	calls++;
	return (x > y) - (x < y);
}

static void run(const char *what, int *a)
{
	int i;
	calls = 0;
	qsort(a, N, sizeof *a, cmp);
	for (i = 1; i < N; i++)
		if (a[i - 1] > a[i]) {
			t_error("%s: not sorted at %d\n", what, i);
			return;
		}
	/* n log2 n is about 290000; allow a generous constant */
	if (calls > 20L * N * 16)
		t_error("%s: %ld comparisons\n", what, calls);
}

int main(void)
{
	static int a[N];
	int i;

	for (i = 0; i < N; i++)
		a[i] = 7;
	run("equal", a);
	for (i = 0; i < N; i++)
		a[i] = i % 2;
	run("alternating", a);
	for (i = 0; i < N; i++)
		a[i] = i < N / 2 ? i : N - i;
	run("organ pipe", a);
	return t_status;
}
