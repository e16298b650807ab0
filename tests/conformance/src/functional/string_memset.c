/* memset at all small alignments and sizes; memchr and memcmp, which
 * compare bytes as unsigned char */
#include <string.h>
#include "test.h"

int main(void)
{
	unsigned char b[128];
	size_t i, a, n;

	for (a = 0; a < 16; a++)
		for (n = 0; n < 64; n++) {
			memset(b, 0x11, sizeof b);
			if (memset(b + a, 0xab + (int)n, n) != b + a)
				t_error("memset return value\n");
			for (i = 0; i < sizeof b; i++)
				if (b[i] != (i >= a && i < a + n ? (unsigned char)(0xab + n) : 0x11)) {
					t_error("memset(b+%zu, .., %zu): b[%zu] = %#x\n", a, n, i, b[i]);
					return t_status;
				}
		}
	/* the value is converted to unsigned char */
	memset(b, 0x1ff, 4);
	T(b[0] == 0xff && b[3] == 0xff);

	memcpy(b, "abc\0def\xff", 8);
	T(memchr(b, 'd', 8) == b + 4);
	T(memchr(b, 0, 8) == b + 3);
	T(memchr(b, 0xff, 8) == b + 7);
	T(memchr(b, 0x1ff, 8) == b + 7);
	T(memchr(b, 'd', 4) == 0);
	T(memchr(b, 'a', 0) == 0);

	T(memcmp("abc", "abd", 3) < 0);
	T(memcmp("abd", "abc", 3) > 0);
	T(memcmp("abc", "abd", 2) == 0);
	T(memcmp("\x80", "\x7f", 1) > 0);
	T(memcmp("\xff", "\x01", 1) > 0);
	T(memcmp("x", "y", 0) == 0);
	for (a = 0; a < 16; a++) {
		memset(b, 'q', sizeof b);
		memcpy(b + 64, b, 64);
		b[64 + a + 20] = 'r';
		if (!(memcmp(b + a, b + 64 + a, 40) < 0))
			t_error("memcmp at offset %zu\n", a);
	}
	return t_status;
}
