/* sinh, cosh, tanh, asinh, acosh, atanh: exact values at 0, 1 and
 * infinities; other points within one ulp of mpmath values; errors */
#include <fenv.h>
#include <math.h>
#include "test.h"

int main(void)
{
	volatile double one = 1;

	T_DBL(sinh(-0.0), -0.0);
	T_DBL(cosh(0.0), 1.0);
	T_DBL(tanh(INFINITY), 1.0);
	T_DBL(tanh(-INFINITY), -1.0);
	T_DBL(tanh(-0.0), -0.0);
	T_DBL(asinh(-0.0), -0.0);
	T_DBL(acosh(1.0), 0.0);
	T_DBL(atanh(0.0), 0.0);
	T_DBL(sinh(-INFINITY), -INFINITY);
	T_DBL(cosh(-INFINITY), INFINITY);
	T_ULP(sinh(1.0), 0x1.2cd9fc44eb982p+0, 1);
	T_ULP(cosh(1.0), 0x1.8b07551d9f550p+0, 1);
	T_ULP(tanh(1.0), 0x1.85efab514f394p-1, 1);
	T_ULP(asinh(1.0), 0x1.c34366179d427p-1, 1);
	T_ULP(acosh(2.0), 0x1.5124271980435p+0, 1);
	T_ULP(atanh(0.5), 0x1.193ea7aad030bp-1, 1);
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(atanh(one), INFINITY);
	T(fetestexcept(FE_DIVBYZERO));
	feclearexcept(FE_ALL_EXCEPT);
	T(isnan(acosh(0.5)));
	T(fetestexcept(FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(cosh(1000.0), INFINITY);
	T(fetestexcept(FE_OVERFLOW));
	return t_status;
}
