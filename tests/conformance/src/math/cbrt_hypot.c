/* cbrt and hypot: exact cases, mpmath values within one ulp, infinities
 * winning over NaN in hypot, no overflow for large arguments */
#include <float.h>
#include <math.h>
#include "test.h"

int main(void)
{
	T_ULP(cbrt(27.0), 3.0, 1);	/* exact cubes: C does not require exact results */
	T_ULP(cbrt(-8.0), -2.0, 1);
	T_DBL(cbrt(-0.0), -0.0);
	T_ULP(cbrt(0x1p-1074), 0x1p-358, 1);
	T_ULP(cbrt(3.0), 0x1.7137449123ef6p+0, 1);
	T_ULP(cbrt(2.0), 0x1.428a2f98d728bp+0, 1);
	T_DBL(hypot(3.0, 4.0), 5.0);
	T_DBL(hypot(-5.0, 12.0), 13.0);
	T_DBL(hypot(INFINITY, NAN), INFINITY);
	T_DBL(hypot(NAN, -INFINITY), INFINITY);
	T(isnan(hypot(NAN, 1.0)));
	T_DBL(hypot(3e300, 4e300), 5e300);
	T_DBL(hypot(3e-310, 4e-310), 5e-310);
	T_DBL(hypot(DBL_MAX, 0.0), DBL_MAX);
	T_ULP(hypot(1.0, 1.0), 0x1.6a09e667f3bcdp+0, 1);
	T(hypotf(3.0f, 4.0f) == 5.0f);
	T(cbrtf(-27.0f) == -3.0f);
	return t_status;
}
