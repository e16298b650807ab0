/* fpclassify, isnan, isinf, isfinite, isnormal, signbit for each class;
 * copysign, fabs, fmax, fmin, fdim, nan("") and NaN comparisons */
#include <float.h>
#include <math.h>
#include "test.h"

int main(void)
{
	static const struct { double x; int cls; } t[] = {
		{ 0.0, FP_ZERO }, { -0.0, FP_ZERO }, { 1.0, FP_NORMAL },
		{ DBL_MIN, FP_NORMAL }, { 0x1p-1074, FP_SUBNORMAL },
		{ -0x0.fffffffffffffp-1022, FP_SUBNORMAL }, { DBL_MAX, FP_NORMAL },
		{ INFINITY, FP_INFINITE }, { -INFINITY, FP_INFINITE }, { NAN, FP_NAN },
	};
	volatile double n = NAN;
	unsigned i;

	for (i = 0; i < sizeof t / sizeof *t; i++) {
		double x = t[i].x;
		int c = t[i].cls;
		if (fpclassify(x) != c || !!isnan(x) != (c == FP_NAN) ||
		    !!isinf(x) != (c == FP_INFINITE) || !!isnormal(x) != (c == FP_NORMAL) ||
		    !!isfinite(x) != (c != FP_NAN && c != FP_INFINITE))
			t_error("classification of %a\n", x);
	}
	T(fpclassify(0x1p-149f) == FP_SUBNORMAL && isnormal(FLT_MIN));
	T(fpclassify(0x1p-16445L) == FP_SUBNORMAL && isinf(-HUGE_VALL));
	T(signbit(-0.0) && !signbit(0.0) && signbit(-INFINITY) && signbit(-1e-300));
	T_DBL(copysign(2.0, -0.0), -2.0);
	T_DBL(copysign(-INFINITY, 1.0), INFINITY);
	T_DBL(fabs(-0.0), 0.0);
	T_DBL(fmax(NAN, 1.0), 1.0);
	T_DBL(fmin(2.0, NAN), 2.0);
	T_DBL(fmax(-1.0, 3.0), 3.0);
	T_DBL(fmin(-1.0, 3.0), -1.0);
	T_DBL(fdim(5.0, 3.0), 2.0);
	T_DBL(fdim(3.0, 5.0), 0.0);
	T(isnan(nan("")) && isnan(nanf("")) && isnan(nanl("")));
	T(!(n == n) && n != n && !(n < 1) && !(n > 1));
	T(isunordered(n, 1.0) && !isunordered(1.0, 2.0));
	T(isless(1.0, 2.0) && !isless(n, 2.0) && islessgreater(1.0, 2.0) && !islessgreater(n, n));
	return t_status;
}
