/* malloc, realloc, calloc, aligned allocations; contents survive */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include "test.h"

#define N 4000

static unsigned rnd(void)
{
	static unsigned x = 12345;
	x ^= x << 13; x ^= x >> 17; x ^= x << 5;
	return x;
}

int main(void)
{
	static unsigned char *p[N];
	static size_t len[N];
	size_t i, j, k;
	void *a;

	for (k = 0; k < 20000; k++) {
		i = rnd() % N;
		if (p[i]) {
			for (j = 0; j < len[i]; j += 97)
				if (p[i][j] != (unsigned char)(i + j)) {
					t_error("block %zu corrupted at %zu\n", i, j);
					return 1;
				}
			free(p[i]);
			p[i] = 0;
		} else {
			len[i] = rnd() % 8 ? rnd() % 2048 + 1 : rnd() % (1 << 20) + 1;
			p[i] = malloc(len[i]);
			if (!p[i]) { t_error("malloc(%zu) failed\n", len[i]); return 1; }
			for (j = 0; j < len[i]; j += 97)
				p[i][j] = i + j;
		}
	}
	for (i = 0; i < N; i++)
		free(p[i]);

	a = calloc(1000, 1000);
	T(a != 0);
	for (i = 0; i < 1000000; i += 4093)
		T(((char *)a)[i] == 0);
	a = realloc(a, 3000000);
	T(a != 0);
	free(a);

	a = malloc(10);
	strcpy(a, "123456789");
	a = realloc(a, 100000);
	T_STR((char *)a, "123456789");
	free(a);

	T(posix_memalign(&a, 4096, 100) == 0);
	T((uintptr_t)a % 4096 == 0);
	free(a);
	a = aligned_alloc(64, 128);
	T((uintptr_t)a % 64 == 0);
	free(a);
	return t_status;
}
