/* strtod/strtof/strtold: correct rounding of decimal and hex input,
 * infinities and NaN, endptr, overflow and underflow with ERANGE */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include "test.h"

#define D(s, want, rest) do { \
	char *e; \
	double v = strtod(s, &e); \
	T_DBL(v, want); \
	if (e != (s) + (rest)) \
		t_error("strtod(\"%s\") ended at +%td, expected +%d\n", s, e - (s), rest); \
} while (0)

int main(void)
{
	char *e;
	const char *s;

	D("0", 0.0, 1);
	D("-0", -0.0, 2);
	D("1.5", 1.5, 3);
	D("  -2.5e-3x", -0.0025, 9);
	D(".5", 0.5, 2);
	D("5.", 5.0, 2);
	D("1e", 1.0, 1);
	D("1e+", 1.0, 1);
	D("0x1p3", 8.0, 5);
	D("0x.8", 0.5, 4);
	D("0X1.8P-1", 0.75, 8);
	D("0x", 0.0, 1);
	D("inf", INFINITY, 3);
	D("-Infinity", -INFINITY, 9);
	D("infinit", INFINITY, 3);
	D("0.1", 0.1, 3);
	D("0.30000000000000004", 0.30000000000000004, 19);
	D("2.2250738585072014e-308", DBL_MIN, 23);
	D("2.2250738585072011e-308", 0x0.fffffffffffffp-1022, 23);
	D("4.9406564584124654e-324", 0x1p-1074, 23);
	D("1.7976931348623157e308", DBL_MAX, 22);
	D("9007199254740993", 9007199254740992.0, 16);	/* tie: to even */
	D("9007199254740995", 9007199254740996.0, 16);	/* tie: to even */
	D("9007199254740993.0000000001", 9007199254740994.0, 27);
	D("123456789012345678901234567890", 1.2345678901234568e29, 30);
	{
		char *e2;
		double n = strtod("nan", &e2);
		T(isnan(n));
		n = strtod("-nan(123)", &e2);
		T(isnan(n) && *e2 == 0);
	}
	s = "x1";
	T_DBL(strtod(s, &e), 0.0);
	T(e == s);
	s = "-.e5";
	T_DBL(strtod(s, &e), 0.0);
	T(e == s);

	errno = 0;
	T_DBL(strtod("1e400", 0), HUGE_VAL);
	T_INT(errno, ERANGE);
	errno = 0;
	T_DBL(strtod("-1e400", 0), -HUGE_VAL);
	T_INT(errno, ERANGE);
	errno = 0;
	T_DBL(strtod("1e-400", 0), 0.0);
	T_INT(errno, ERANGE);
	errno = 0;
	T_DBL(strtod("1e-10", 0), 1e-10);
	T_INT(errno, 0);

	T(strtof("0.1", 0) == 0.1f);
	T(strtof("3.4028235e38", 0) == FLT_MAX);
	errno = 0;
	T(strtof("3.5e38", 0) == HUGE_VALF && errno == ERANGE);
	T(strtof("16777217", 0) == 16777216.0f);
	T(strtold("0.1", 0) == 0.1L);
	T(strtold("1e4000", 0) == 1e4000L);
	T(strtold("0x1p-16445", 0) == 0x1p-16445L);
	T(strtold("18446744073709551617", 0) == 18446744073709551616.0L);
	return t_status;
}
