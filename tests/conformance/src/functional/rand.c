/* rand/srand, random/srandom, drand48/srand48: same seed, same sequence,
 * values in range, and not constant */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include "test.h"

int main(void)
{
	int a[16], i, same = 1;
	long r[16];
	double d;

	srand(7);
	for (i = 0; i < 16; i++) {
		a[i] = rand();
		T(a[i] >= 0 && a[i] <= RAND_MAX);
		if (i && a[i] != a[0])
			same = 0;
	}
	T(!same);
	srand(7);
	for (i = 0; i < 16; i++)
		if (rand() != a[i])
			t_error("rand sequence differs after srand(7) at %d\n", i);
	srandom(3);
	for (i = 0; i < 16; i++)
		r[i] = random();
	srandom(3);
	for (i = 0; i < 16; i++)
		if (random() != r[i] || r[i] < 0 || r[i] > 0x7fffffff)
			t_error("random() at %d\n", i);
	srand48(5);
	for (i = 0; i < 100; i++) {
		d = drand48();
		if (d < 0 || d >= 1)
			t_error("drand48() = %g\n", d);
	}
	/* the 48-bit generator is fully specified: seed 0x330E with X = 0 */
	{
		unsigned short x[3] = { 0x330e, 0, 0 };
		/* X1 = (a*X0 + c) mod 2^48 with a = 0x5DEECE66D, c = 0xB */
		unsigned long long want = (0x5DEECE66DULL * 0x330eULL + 0xb) & 0xffffffffffffULL;
		T_INT(nrand48(x), (long)(want >> 17));
	}
	return t_status;
}
