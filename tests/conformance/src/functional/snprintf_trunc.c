/* snprintf and vsnprintf: return value on truncation, size 0, NUL */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static int wrap(char *b, size_t n, const char *fmt, ...)
{
	va_list ap, aq;
	int r1, r2;
	char tmp[64];

	va_start(ap, fmt);
	va_copy(aq, ap);
	r1 = vsnprintf(b, n, fmt, ap);
	r2 = vsnprintf(tmp, sizeof tmp, fmt, aq);
	va_end(aq);
	va_end(ap);
	if (r1 != r2)
		t_error("va_copy: %d != %d\n", r1, r2);
	return r1;
}

int main(void)
{
	char b[16];

	memset(b, 'x', sizeof b);
	T_INT(snprintf(b, 5, "%s", "abcdefgh"), 8);
	T_STR(b, "abcd");
	T(b[5] == 'x');
	memset(b, 'x', sizeof b);
	T_INT(snprintf(b, 1, "abc"), 3);
	T(b[0] == 0 && b[1] == 'x');
	T_INT(snprintf(0, 0, "%d-%s", 12345, "zz"), 8);
	memset(b, 'x', sizeof b);
	T_INT(snprintf(b, 0, "abc"), 3);
	T(b[0] == 'x');
	T_INT(wrap(b, sizeof b, "%d %s %c", 7, "seven", '7'), 9);
	T_STR(b, "7 seven 7");
	T_INT(wrap(b, 4, "%05d", 123), 5);
	T_STR(b, "001");
	T_INT(snprintf(b, sizeof b, "%s", ""), 0);
	T_STR(b, "");
	return t_status;
}
