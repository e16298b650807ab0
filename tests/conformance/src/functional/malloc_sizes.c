/* malloc of many sizes: aligned for any type, usable to the last byte,
 * not overlapping live blocks; freed in a different order; free(NULL) */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

#define N 400

int main(void)
{
	static unsigned char *p[N];
	static size_t sz[N];
	size_t i, j, s = 0;

	for (i = 0; i < N; i++) {
		s = i < 300 ? i : (size_t)1 << (i - 300) % 22;
		sz[i] = s;
		p[i] = malloc(s);
		if (!p[i] && s) {
			t_error("malloc(%zu) failed\n", s);
			return t_status;
		}
		if ((uintptr_t)p[i] % 16)
			t_error("malloc(%zu) = %p: not 16-byte aligned\n", s, (void *)p[i]);
		memset(p[i], (int)i, s);
	}
	for (i = 0; i < N; i++)
		for (j = 0; j < sz[i]; j += 1 + sz[i] / 64)
			if (p[i][j] != (unsigned char)i || p[i][sz[i] - 1] != (unsigned char)i) {
				t_error("block %zu (size %zu) overwritten\n", i, sz[i]);
				break;
			}
	for (i = 0; i < N; i += 2)
		free(p[i]);
	for (i = 0; i < N; i += 2) {
		p[i] = malloc(sz[i] + 8);
		if (!p[i])
			t_error("malloc(%zu) after free failed\n", sz[i] + 8);
		else
			memset(p[i], 0x5a, sz[i] + 8);
	}
	for (i = 1; i < N; i += 2)
		for (j = 0; j < sz[i]; j += 1 + sz[i] / 64)
			if (p[i][j] != (unsigned char)i) {
				t_error("block %zu overwritten after reuse\n", i);
				break;
			}
	for (i = N; i-- > 0;)
		free(p[i]);
	free(0);
	/* malloc(0) is null or a unique pointer that free accepts */
	p[0] = malloc(0);
	p[1] = malloc(0);
	T(!p[0] || p[0] != p[1]);
	free(p[0]);
	free(p[1]);
	return t_status;
}
