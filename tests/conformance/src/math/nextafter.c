/* nextafter, nexttoward, nextafterf: the neighbours of 1, 0, DBL_MAX and
 * the smallest subnormal, with their exceptions */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include "test.h"

int main(void)
{
	volatile double max = DBL_MAX, tiny = 0x1p-1074;

	T_DBL(nextafter(1.0, 2.0), 1 + 0x1p-52);
	T_DBL(nextafter(1.0, 0.0), 1 - 0x1p-53);
	T_DBL(nextafter(1.0, 1.0), 1.0);
	T_DBL(nextafter(0.0, 1.0), 0x1p-1074);
	T_DBL(nextafter(0.0, -1.0), -0x1p-1074);
	T_DBL(nextafter(-0.0, 0.0), 0.0);
	T_DBL(nextafter(0.0, -0.0), -0.0);
	T_DBL(nextafter(DBL_MIN, 0.0), 0x0.fffffffffffffp-1022);
	T_DBL(nextafter(INFINITY, 0.0), DBL_MAX);
	T(isnan(nextafter(NAN, 1.0)));
	T(isnan(nextafter(1.0, NAN)));
	T(nextafterf(1.0f, 2.0f) == 1 + 0x1p-23f);
	T(nextafterl(1.0L, 2.0L) == 1 + 0x1p-63L);
	T_DBL(nexttoward(1.0, 2.0L), 1 + 0x1p-52);
	T_DBL(nexttoward(0.0, -1.0L), -0x1p-1074);

	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(nextafter(max, INFINITY), INFINITY);
	T(fetestexcept(FE_OVERFLOW) && fetestexcept(FE_INEXACT));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(nextafter(tiny, 0.0), 0.0);
	T(fetestexcept(FE_UNDERFLOW));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(nextafter(1.0, 2.0), 1 + 0x1p-52);
	T(!fetestexcept(FE_ALL_EXCEPT));
	return t_status;
}
