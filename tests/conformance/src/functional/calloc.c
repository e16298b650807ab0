/* calloc zeroes (also memory reused from a freed, dirtied block), and a
 * size that overflows is refused with ENOMEM; so is malloc(max) */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	size_t sizes[] = { 1, 16, 100, 4000, 70000, 300000 }, i, j;
	unsigned char *p;
	volatile size_t half = SIZE_MAX / 2, big = (size_t)1 << 33, max = SIZE_MAX;

	for (i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		p = malloc(sizes[i]);
		if (!T(p != 0))
			continue;
		memset(p, 0xff, sizes[i]);
		free(p);
		p = calloc(sizes[i], 1);
		if (!T(p != 0))
			continue;
		for (j = 0; j < sizes[i]; j++)
			if (p[j]) {
				t_error("calloc(%zu, 1)[%zu] = %#x\n", sizes[i], j, p[j]);
				break;
			}
		free(p);
	}
	p = calloc(1000, 1000);
	T(p && p[0] == 0 && p[999999] == 0);
	free(p);
	p = calloc(0, 5);
	free(p);

	errno = 0;
	T(calloc(half + 2, 2) == 0);
	T_INT(errno, ENOMEM);
	errno = 0;
	T(calloc(big, big) == 0);
	T_INT(errno, ENOMEM);
	errno = 0;
	T(malloc(max) == 0);
	T_INT(errno, ENOMEM);
	errno = 0;
	T(malloc(max - 4096) == 0);
	T_INT(errno, ENOMEM);
	return t_status;
}
