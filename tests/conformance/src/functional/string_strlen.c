/* strlen and strnlen at every alignment, with high bytes around */
#include <string.h>
#include "test.h"

int main(void)
{
	char b[256];
	size_t a, n;

	for (a = 0; a < 16; a++)
		for (n = 0; n < 100; n++) {
			memset(b, 0xfe, sizeof b);
			b[a + n] = 0;
			if (strlen(b + a) != n)
				t_error("strlen(b+%zu) = %zu, expected %zu\n", a, strlen(b + a), n);
			if (strnlen(b + a, n + 5) != n || strnlen(b + a, n / 2) != n / 2)
				t_error("strnlen at b+%zu, length %zu\n", a, n);
		}
	T_INT(strlen(""), 0);
	T_INT(strnlen("abc", 0), 0);
	return t_status;
}
