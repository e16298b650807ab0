/* memcpy and memmove against a byte loop, over sizes, alignments and both
 * overlap directions */
#include <string.h>
#include "test.h"

#define N 300

static unsigned char buf[N + 64], ref[N + 64];

static void fill(unsigned char *p)
{
	int i;
	for (i = 0; i < N + 64; i++)
		p[i] = i * 7 + 3;
}

static void refmove(unsigned char *d, const unsigned char *s, size_t n)
{
	unsigned char tmp[N + 64];
	size_t i;
	for (i = 0; i < n; i++)
		tmp[i] = s[i];
	for (i = 0; i < n; i++)
		d[i] = tmp[i];
}

int main(void)
{
	size_t n, d, s;
	unsigned char src[N + 64];

	for (n = 0; n < N; n += n < 40 ? 1 : 37)
		for (d = 0; d < 16; d += 3)
			for (s = 0; s < 16; s += 5) {
				fill(buf);
				fill(ref);
				/* overlapping: d and s in the same buffer */
				if (memmove(buf + d + 8, buf + s + 8, n) != buf + d + 8)
					t_error("memmove return value\n");
				refmove(ref + d + 8, ref + s + 8, n);
				if (memcmp(buf, ref, sizeof buf)) {
					t_error("memmove(buf+%zu, buf+%zu, %zu) wrong\n", d + 8, s + 8, n);
					return t_status;
				}
				/* disjoint */
				fill(src);
				fill(buf);
				fill(ref);
				if (memcpy(buf + d, src + s, n) != buf + d)
					t_error("memcpy return value\n");
				refmove(ref + d, src + s, n);
				if (memcmp(buf, ref, sizeof buf)) {
					t_error("memcpy(d+%zu, s+%zu, %zu) wrong\n", d, s, n);
					return t_status;
				}
			}
	/* one byte apart, both ways */
	strcpy((char *)buf, "abcdefgh");
	memmove(buf + 1, buf, 7);
	T(!memcmp(buf, "aabcdefg", 8));
	memmove(buf, buf + 1, 7);
	T(!memcmp(buf, "abcdefgg", 8));
	return t_status;
}
