/* sqrt, sqrtf, sqrtl are correctly rounded (IEEE 754) in every rounding
 * mode; special cases and the invalid exception.  Expected values were
 * computed with 200-bit arithmetic (mpmath), not with a libm. */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include "test.h"

int main(void)
{
	volatile double two = 2, m1 = -1, tiny = 0x1p-1074;
	volatile float twof = 2;
	volatile long double twol = 2;

	T_DBL(sqrt(4.0), 2.0);
	T_DBL(sqrt(0x1p-1074), 0x1p-537);
	T_DBL(sqrt(tiny * 4), 0x1p-536);
	T_DBL(sqrt(-0.0), -0.0);
	T_DBL(sqrt(INFINITY), INFINITY);
	T_DBL(sqrt(DBL_MAX), 0x1.fffffffffffffp+511);
	T_DBL(sqrt(two), 0x1.6a09e667f3bcdp+0);
	fesetround(FE_DOWNWARD);
	T_DBL(sqrt(two), 0x1.6a09e667f3bccp+0);
	fesetround(FE_TOWARDZERO);
	T_DBL(sqrt(two), 0x1.6a09e667f3bccp+0);
	fesetround(FE_UPWARD);
	T_DBL(sqrt(two), 0x1.6a09e667f3bcdp+0);
	fesetround(FE_TONEAREST);
	T(sqrtf(twof) == 0x1.6a09e6p+0f);
	T(sqrtl(twol) == 0x2d413cccfe779921p-61L);
	T(sqrtl(4.0L) == 2.0L);

	feclearexcept(FE_ALL_EXCEPT);
	T(isnan(sqrt(m1)));
	T(fetestexcept(FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(sqrt(two * two), 2.0);
	T(!fetestexcept(FE_INEXACT));
	T_DBL(sqrt(two), 0x1.6a09e667f3bcdp+0);
	T(fetestexcept(FE_INEXACT));
	return t_status;
}
