/* aligned_alloc, posix_memalign: the alignment is honoured for powers of
 * two up to 64 KiB, the memory is usable; bad alignments give EINVAL */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	size_t a, s;
	void *p, *keep[64];
	int k = 0;
	volatile size_t huge = SIZE_MAX;

	for (a = sizeof(void *); a <= 65536; a *= 2)
		for (s = 1; s <= 20000; s = s * 7 + 3) {
			p = 0;
			if (posix_memalign(&p, a, s)) {
				t_error("posix_memalign(%zu, %zu) failed\n", a, s);
				continue;
			}
			if ((uintptr_t)p % a)
				t_error("posix_memalign(%zu, %zu) = %p\n", a, s, p);
			memset(p, 0xaa, s);
			if (k < 64)
				keep[k++] = p;
			else
				free(p);
			p = aligned_alloc(a, (s + a - 1) / a * a);
			if (!p || (uintptr_t)p % a)
				t_error("aligned_alloc(%zu, %zu) = %p\n", a, s, p);
			if (p)
				memset(p, 0x55, s);
			free(p);
		}
	while (k--)
		free(keep[k]);
	p = (void *)1;
	T_INT(posix_memalign(&p, 3, 16), EINVAL);
	T_INT(posix_memalign(&p, sizeof(void *) / 2, 16), EINVAL);
	T_INT(posix_memalign(&p, 24, 16), EINVAL);
	T_INT(posix_memalign(&p, 64, huge - 4096), ENOMEM);
	return t_status;
}
