/* shrinking a large (mmap-backed) block with realloc to a small size and
 * growing a small one past the mmap threshold keep the data; freeing in
 * between does not corrupt other blocks */
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	size_t big = 8 << 20, i;
	unsigned char *p = malloc(big), *q, *guard = malloc(100);

	if (!T(p && guard))
		return t_status;
	memset(guard, 0x77, 100);
	for (i = 0; i < big; i += 4096)
		p[i] = (unsigned char)(i >> 12);
	p[0] = 0xaa;
	p[1] = 0xbb;
	q = realloc(p, 16);
	if (!T(q != 0))
		return t_status;
	T(q[0] == 0xaa && q[1] == 0xbb);
	q = realloc(q, big * 2);
	if (!T(q != 0))
		return t_status;
	T(q[0] == 0xaa && q[1] == 0xbb);
	q[big * 2 - 1] = 1;
	free(q);
	for (i = 0; i < 100; i++)
		if (guard[i] != 0x77) {
			t_error("guard block changed at %zu\n", i);
			break;
		}
	free(guard);
	return t_status;
}
