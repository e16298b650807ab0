/* pow: exact results exactly, C's special cases (x^0, 1^y, signed zero and
 * infinite bases, odd and even integer exponents), errors */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include "test.h"

int main(void)
{
	volatile double z = 0.0, mz = -0.0;

	T_DBL(pow(2.0, 10.0), 1024.0);
	T_DBL(pow(-2.0, 3.0), -8.0);
	T_DBL(pow(-2.0, 4.0), 16.0);
	T_DBL(pow(2.0, -2.0), 0.25);
	T_DBL(pow(4.0, 0.5), 2.0);
	T_DBL(pow(10.0, 22.0), 1e22);
	T_DBL(pow(2.0, -1074.0), 0x1p-1074);
	T_DBL(pow(NAN, 0.0), 1.0);
	T_DBL(pow(1.0, NAN), 1.0);
	T_DBL(pow(-1.0, INFINITY), 1.0);
	T_DBL(pow(0.5, INFINITY), 0.0);
	T_DBL(pow(0.5, -INFINITY), INFINITY);
	T_DBL(pow(-INFINITY, 3.0), -INFINITY);
	T_DBL(pow(-INFINITY, -3.0), -0.0);
	T_DBL(pow(-INFINITY, 2.0), INFINITY);
	T_DBL(pow(mz, 3.0), -0.0);
	T_DBL(pow(mz, 2.0), 0.0);
	T_DBL(pow(z, 0.5), 0.0);
	T_ULP(pow(2.0, 0.5), 0x1.6a09e667f3bcdp+0, 1);
	T_ULP(pow(1.5, 2.5), 0x1.60b9fd68a4554p+1, 1);
	T_ULP(pow(10.0, -1.0), 0.1, 0);
	T(powf(2.0f, 10.0f) == 1024.0f);
	T(powl(2.0L, 64.0L) == 18446744073709551616.0L);

	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(pow(mz, -3.0), -INFINITY);
	T(fetestexcept(FE_DIVBYZERO));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(pow(z, -2.0), INFINITY);
	T(fetestexcept(FE_DIVBYZERO));
	feclearexcept(FE_ALL_EXCEPT);
	T(isnan(pow(-8.0, 1.0 / 3)));
	T(fetestexcept(FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(pow(10.0, 400.0), INFINITY);
	T(fetestexcept(FE_OVERFLOW));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(pow(-10.0, 401.0), -INFINITY);
	T(fetestexcept(FE_OVERFLOW));
	return t_status;
}
