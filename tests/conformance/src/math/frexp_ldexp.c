/* frexp, ldexp, scalbn, scalbln, ilogb, logb, modf: normal, subnormal and
 * special values; overflow and underflow of ldexp */
#include <fenv.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include "test.h"

int main(void)
{
	int e;
	double ip;
	volatile double one = 1.0;

	T_DBL(frexp(8.0, &e), 0.5);
	T_INT(e, 4);
	T_DBL(frexp(-3.0, &e), -0.75);
	T_INT(e, 2);
	T_DBL(frexp(0.0, &e), 0.0);
	T_INT(e, 0);
	T_DBL(frexp(-0.0, &e), -0.0);
	T_DBL(frexp(0x1p-1074, &e), 0.5);
	T_INT(e, -1073);
	T_DBL(frexp(DBL_MAX, &e), 0x1.fffffffffffffp-1);
	T_INT(e, 1024);
	T_DBL(frexp(INFINITY, &e), INFINITY);
	T(isnan(frexp(NAN, &e)));

	T_DBL(ldexp(0.75, 3), 6.0);
	T_DBL(ldexp(1.0, -1074), 0x1p-1074);
	T_DBL(ldexp(1.0, -1075), 0.0);	/* halfway to the smallest: to even */
	T_DBL(ldexp(3.0, -1075), 0x1p-1073);	/* 1.5 * 2^-1074 rounds to 2 * 2^-1074 */
	T_DBL(ldexp(1.0, 1023), 0x1p1023);
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(ldexp(one, 1024), INFINITY);
	T(fetestexcept(FE_OVERFLOW));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(ldexp(one, -2000), 0.0);
	T(fetestexcept(FE_UNDERFLOW));
	T_DBL(ldexp(0x1p-1074, 2000), 0x1p926);
	T_DBL(scalbn(1.0, 10), 1024.0);
	T_DBL(scalbln(1.0, LONG_MIN), 0.0);
	T_DBL(scalbln(-1.0, LONG_MAX), -INFINITY);
	T(ldexpf(1.0f, -149) == 0x1p-149f);
	T(ldexpl(1.0L, -16445) == 0x1p-16445L);

	T_INT(ilogb(1.0), 0);
	T_INT(ilogb(0x1p-1074), -1074);
	T_INT(ilogb(1000.0), 9);
	T_INT(ilogb(0.0), FP_ILOGB0);
	T_INT(ilogb(NAN), FP_ILOGBNAN);
	T_INT(ilogb(INFINITY), INT_MAX);
	T_DBL(logb(-8.0), 3.0);
	T_DBL(logb(0.0), -INFINITY);

	T_DBL(modf(3.25, &ip), 0.25);
	T_DBL(ip, 3.0);
	T_DBL(modf(-3.25, &ip), -0.25);
	T_DBL(ip, -3.0);
	T_DBL(modf(-INFINITY, &ip), -0.0);
	T_DBL(ip, -INFINITY);
	T_DBL(modf(5.0, &ip), 0.0);
	return t_status;
}
