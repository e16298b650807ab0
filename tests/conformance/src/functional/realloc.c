/* realloc keeps the data when growing (also across the mmap threshold) and
 * shrinking; realloc(NULL, n) is malloc; failure leaves the block alone */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

static int check(const unsigned char *p, size_t n, const char *when)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (p[i] != (unsigned char)(i * 13 + 1)) {
			t_error("%s: byte %zu is %#x\n", when, i, p[i]);
			return 0;
		}
	return 1;
}

int main(void)
{
	unsigned char *p, *q;
	size_t n = 10, i;
	volatile size_t max = SIZE_MAX;

	p = realloc(0, n);
	if (!T(p != 0))
		return t_status;
	for (i = 0; i < n; i++)
		p[i] = i * 13 + 1;
	/* grow through small, medium and mmapped sizes */
	while (n < (1u << 20)) {
		size_t m = n * 3;
		q = realloc(p, m);
		if (!T(q != 0))
			return t_status;
		p = q;
		if (!check(p, n, "grow"))
			break;
		for (i = n; i < m; i++)
			p[i] = i * 13 + 1;
		n = m;
	}
	/* and shrink again */
	while (n > 5) {
		n /= 4;
		q = realloc(p, n);
		if (!T(q != 0))
			return t_status;
		p = q;
		if (!check(p, n, "shrink"))
			break;
	}
	errno = 0;
	q = realloc(p, max - 64);
	T(q == 0 && errno == ENOMEM);
	check(p, n, "failed realloc");
	free(p);
	return t_status;
}
