/* strtol/strtoul/strtoll/strtoull/strtoimax: bases, prefixes, signs,
 * overflow with ERANGE, endptr when nothing is converted */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include "test.h"

#define L(s, base, want, rest) do { \
	char *e; \
	errno = 0; \
	long v = strtol(s, &e, base); \
	if (v != (want) || errno || e != (s) + (rest)) \
		t_error("strtol(\"%s\", %d) = %ld, end +%td, errno %d; expected %ld, end +%d\n", \
			s, base, v, e - (s), errno, (long)(want), rest); \
} while (0)

int main(void)
{
	char *e;
	const char *s;

	L("123", 10, 123, 3);
	L("  -42xyz", 10, -42, 5);
	L("+7", 10, 7, 2);
	L("0x1A", 16, 26, 4);
	L("0x1A", 0, 26, 4);
	L("017", 0, 15, 3);
	L("017", 10, 17, 3);
	L("z", 36, 35, 1);
	L("Zz", 36, 35 * 36 + 35, 2);
	L("101", 2, 5, 3);
	L("12", 2, 1, 1);
	L("0x", 16, 0, 1);	/* "0" then an x that starts no number */
	L("0xg", 0, 0, 1);
	L("-0", 10, 0, 2);
	L("\t\n 9", 10, 9, 4);

	s = "abc";
	errno = 0;
	T_INT(strtol(s, &e, 10), 0);
	T(e == s);
	s = "  -";
	T_INT(strtol(s, &e, 10), 0);
	T(e == s);

	errno = 0;
	T_INT(strtol("9223372036854775807", 0, 10), LONG_MAX);
	T_INT(errno, 0);
	T_INT(strtol("9223372036854775808", &e, 10), LONG_MAX);
	T_INT(errno, ERANGE);
	T(*e == 0);
	errno = 0;
	T_INT(strtol("-9223372036854775808", 0, 10), LONG_MIN);
	T_INT(errno, 0);
	T_INT(strtol("-99999999999999999999", 0, 10), LONG_MIN);
	T_INT(errno, ERANGE);

	errno = 0;
	T(strtoul("-1", 0, 10) == ULONG_MAX);
	T_INT(errno, 0);
	T(strtoul("18446744073709551615", 0, 10) == ULONG_MAX);
	T_INT(errno, 0);
	T(strtoul("18446744073709551616", 0, 10) == ULONG_MAX);
	T_INT(errno, ERANGE);
	errno = 0;
	T(strtoull("0xffffffffffffffff", 0, 0) == ULLONG_MAX);
	T_INT(strtoll("-0x8000000000000000", 0, 16), LLONG_MIN);
	T_INT(errno, 0);
	T(strtoimax("-12", 0, 10) == -12);
	T(strtoumax("12", 0, 10) == 12);
	errno = 0;
	T_INT(strtol("10", 0, 1), 0);
	T_INT(errno, EINVAL);
	errno = 0;
	T_INT(strtol("10", 0, 37), 0);
	T_INT(errno, EINVAL);
	T_INT(atoi("  -56abc"), -56);
	T_INT(atol("123456789012"), 123456789012L);
	T_INT(atoll("-123456789012345"), -123456789012345LL);
	return t_status;
}
