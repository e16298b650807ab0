/* qsort: sorted, and a permutation of the input, for many sizes and
 * element widths; bsearch finds every element and misses between */
#include <stdlib.h>
#include <string.h>
#include "test.h"

struct big { unsigned key; char pad[61]; };

static int cmpu(const void *a, const void *b)
{
	unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
	return (x > y) - (x < y);
}

static int cmpbig(const void *a, const void *b)
{
	return cmpu(&((const struct big *)a)->key, &((const struct big *)b)->key);
}

static unsigned seed = 1;
static unsigned rnd(void) { return seed = seed * 1103515245 + 12345; }

int main(void)
{
	static unsigned a[2000];
	static struct big g[300];
	unsigned sum, xsum, k, *hit;
	size_t n, i;

	for (n = 0; n < 2000; n = n < 20 ? n + 1 : n * 3) {
		sum = xsum = 0;
		for (i = 0; i < n; i++) {
			a[i] = rnd() % (n < 10 ? 3 : 100000);
			sum += a[i];
			xsum ^= a[i] * 2654435761u;
		}
		qsort(a, n, sizeof *a, cmpu);
		for (i = 1; i < n; i++)
			if (a[i - 1] > a[i]) {
				t_error("n=%zu: a[%zu]=%u > a[%zu]=%u\n", n, i - 1, a[i - 1], i, a[i]);
				break;
			}
		for (i = 0; i < n; i++) {
			sum -= a[i];
			xsum ^= a[i] * 2654435761u;
		}
		if (sum || xsum)
			t_error("n=%zu: not a permutation\n", n);
	}
	/* already sorted and reversed input */
	for (i = 0; i < 1000; i++)
		a[i] = 1000 - i;
	qsort(a, 1000, sizeof *a, cmpu);
	for (i = 0; i < 1000; i++)
		if (a[i] != i + 1) {
			t_error("reversed input: a[%zu] = %u\n", i, a[i]);
			break;
		}

	for (i = 0; i < 300; i++) {
		g[i].key = rnd() % 1000 * 2 + 1;	/* odd keys */
		memset(g[i].pad, (char)g[i].key, sizeof g[i].pad);
	}
	qsort(g, 300, sizeof *g, cmpbig);
	for (i = 0; i < 300; i++) {
		if (i && g[i - 1].key > g[i].key)
			t_error("big elements out of order at %zu\n", i);
		if (g[i].pad[60] != (char)g[i].key)
			t_error("big element %zu torn\n", i);
	}

	for (i = 0; i < 1000; i++)
		a[i] = i * 2 + 1;
	for (k = 0; k <= 2000; k++) {
		hit = bsearch(&k, a, 1000, sizeof *a, cmpu);
		if (k % 2 ? hit != a + k / 2 : hit != 0)
			t_error("bsearch(%u) = %p\n", k, (void *)hit);
	}
	k = 5;
	T(bsearch(&k, a, 0, sizeof *a, cmpu) == 0);
	return t_status;
}
