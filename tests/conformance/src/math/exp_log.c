/* exp, exp2, expm1, log, log2, log10, log1p: exact points exactly, other
 * points within one ulp of values computed with 300-bit arithmetic
 * (mpmath); overflow, underflow, divide-by-zero and invalid */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include "test.h"

int main(void)
{
	volatile double zero = 0, m1 = -1, big = 1000;

	T_DBL(exp(0.0), 1.0);
	T_DBL(exp(-0.0), 1.0);
	T_DBL(exp(-INFINITY), 0.0);
	T_DBL(exp(INFINITY), INFINITY);
	T_DBL(exp2(10.0), 1024.0);
	T_DBL(exp2(-1074.0), 0x1p-1074);
	T_DBL(exp2(0.5), 0x1.6a09e667f3bcdp+0);
	T_DBL(log(1.0), 0.0);
	T_DBL(log2(1024.0), 10.0);
	T_DBL(log2(0x1p-1074), -1074.0);
	T_DBL(log10(1000.0), 3.0);
	T_DBL(log10(1e-300), -300.0);
	T_DBL(log1p(0.0), 0.0);
	T_DBL(log1p(-0.0), -0.0);
	T_DBL(expm1(-0.0), -0.0);
	T_DBL(expm1(0x1p-60), 0x1p-60);
	T_ULP(exp(1.0), 0x1.5bf0a8b145769p+1, 1);
	T_ULP(exp(-1.0), 0x1.78b56362cef38p-2, 1);
	T_ULP(exp(709.0), 0x1.d422d2be5dc9bp+1022, 1);
	T_ULP(log(10.0), 0x1.26bb1bbb55516p+1, 1);
	T_ULP(log2(3.0), 0x1.95c01a39fbd68p+0, 1);
	T_ULP(expm1(1e-10), 0x1.b7cdfd9dda4e3p-34, 1);
	T_ULP(log1p(0x1p-30), 0x1.fffffffc00000p-31, 1);
	T(fabsf(expf(1.0f) - 0x1.5bf0a8p+1f) <= 0x1p-22f);
	T(fabsl(expl(1.0L) - 0xadf85458a2bb4a9bp-62L) <= 0x1p-62L);
	T(logl(1.0L) == 0);

	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(exp(big), INFINITY);
	T(fetestexcept(FE_OVERFLOW));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(exp(-big), 0.0);
	T(fetestexcept(FE_UNDERFLOW));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(log(zero), -INFINITY);
	T(fetestexcept(FE_DIVBYZERO));
	feclearexcept(FE_ALL_EXCEPT);
	T(isnan(log(m1)));
	T(fetestexcept(FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(log1p(m1), -INFINITY);
	T(fetestexcept(FE_DIVBYZERO));
	T(isnan(log2(-INFINITY)));
	return t_status;
}
