/* fma rounds once: products whose low bits a separate multiply and add
 * would lose; an intermediate product beyond DBL_MAX; invalid 0*inf */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include "test.h"

int main(void)
{
	volatile double a = 1 + 0x1p-30, big = DBL_MAX;
	volatile float af = 1 + 0x1p-13f;
	volatile long double al = 1 + 0x1p-33L;

	/* (1 + 2^-30)^2 - 1 = 2^-29 + 2^-60, exactly representable */
	T_DBL(fma(a, a, -1.0), 0x1p-29 + 0x1p-60);
	T_DBL(a * a - 1.0, 0x1p-29);	/* the unfused result, for contrast */
	T(fmaf(af, af, -1.0f) == 0x1p-12f + 0x1p-26f);
	T(fmal(al, al, -1.0L) == 0x1p-32L + 0x1p-66L);
	T_DBL(fma(big, 2.0, -big), DBL_MAX);
	T_DBL(fma(2.0, 3.0, 4.0), 10.0);
	T_DBL(fma(-2.0, 3.0, 6.0), 0.0);
	T_DBL(fma(0x1p-1074, 0.5, 0.0), 0.0);
	T_DBL(fma(INFINITY, 2.0, 1.0), INFINITY);
	/* 1 + 2^-53 + 2^-105: just above the halfway point, rounds up */
	T_DBL(fma(1 + 0x1p-52, 0x1p-53, 1.0), 1 + 0x1p-52);
	feclearexcept(FE_ALL_EXCEPT);
	T(isnan(fma(INFINITY, 0.0, 1.0)));
	T(fetestexcept(FE_INVALID));
	T(isnan(fma(INFINITY, 1.0, -INFINITY)));
	fesetround(FE_DOWNWARD);
	T_DBL(fma(a, a, -1.0), 0x1p-29 + 0x1p-60);
	T_DBL(fma(1.0, 1.0, -0x1p-60), 1 - 0x1p-53);
	fesetround(FE_UPWARD);
	T_DBL(fma(1.0, 1.0, 0x1p-60), 1 + 0x1p-52);
	fesetround(FE_TONEAREST);
	return t_status;
}
