/* sin, cos, tan, asin, acos, atan, atan2: exact values at 0, signed zeros
 * and the quadrant rules of atan2; other points within one ulp of values
 * computed with 300-bit arithmetic (mpmath), including a large argument */
#include <fenv.h>
#include <math.h>
#include "test.h"

#define PI 0x1.921fb54442d18p+1
#define PI_2 0x1.921fb54442d18p+0

int main(void)
{
	T_DBL(sin(0.0), 0.0);
	T_DBL(sin(-0.0), -0.0);
	T_DBL(cos(0.0), 1.0);
	T_DBL(tan(-0.0), -0.0);
	T_DBL(asin(-0.0), -0.0);
	T_DBL(acos(1.0), 0.0);
	T_DBL(atan(-0.0), -0.0);
	T_ULP(atan(INFINITY), PI_2, 0);
	T_ULP(asin(1.0), PI_2, 0);
	T_ULP(acos(-1.0), PI, 0);
	T_ULP(atan2(0.0, -1.0), PI, 0);
	T_ULP(atan2(-0.0, -1.0), -PI, 0);
	T_DBL(atan2(0.0, 1.0), 0.0);
	T_DBL(atan2(-0.0, 1.0), -0.0);
	T_ULP(atan2(0.0, -0.0), PI, 0);
	T_ULP(atan2(1.0, 0.0), PI_2, 0);
	T_ULP(atan2(INFINITY, -INFINITY), 3 * PI / 4, 1);
	T_ULP(sin(1.0), 0x1.aed548f090ceep-1, 1);
	T_ULP(cos(1.0), 0x1.14a280fb5068cp-1, 1);
	T_ULP(tan(1.0), 0x1.8eb245cbee3a6p+0, 1);
	T_ULP(asin(0.5), 0x1.0c152382d7366p-1, 1);
	T_ULP(atan(1.0), 0x1.921fb54442d18p-1, 1);
	T_ULP(atan2(1.0, 2.0), 0x1.dac670561bb4fp-2, 1);
	T_ULP(sin(1e22), -0x1.b453ab76bf397p-1, 1);
	T_ULP(sin(PI), 0x1.1a62633145c07p-53, 1);
	T_DBL(cos(PI), -1.0);
	T(fabsf(sinf(1.0f) - 0x1.aed548p-1f) <= 0x1p-24f);
	{
		double s, c;
		feclearexcept(FE_ALL_EXCEPT);
		T(isnan(sin(INFINITY)));
		T(fetestexcept(FE_INVALID));
		T(isnan(asin(2.0)));
		s = sin(0.5);
		c = cos(0.5);
		T_ULP(s * s + c * c, 1.0, 2);
	}
	return t_status;
}
