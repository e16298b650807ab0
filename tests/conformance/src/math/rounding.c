/* floor, ceil, round, trunc, rint, nearbyint, lrint, lround, llround and
 * their float forms, at halves, signed zeros, 2^52 and in every rounding
 * mode for rint */
#include <fenv.h>
#include <math.h>
#include "test.h"

int main(void)
{
	static const struct { double x, fl, ce, ro, tr, ri; } t[] = {
		{ 0.5, 0, 1, 1, 0, 0 },
		{ 1.5, 1, 2, 2, 1, 2 },
		{ 2.5, 2, 3, 3, 2, 2 },
		{ -0.5, -1, -0.0, -1, -0.0, -0.0 },
		{ -1.5, -2, -1, -2, -1, -2 },
		{ -2.5, -3, -2, -3, -2, -2 },
		{ 0.0, 0, 0, 0, 0, 0 },
		{ -0.0, -0.0, -0.0, -0.0, -0.0, -0.0 },
		{ 0.49999999999999994, 0, 1, 0, 0, 0 },
		{ 4503599627370495.5, 4503599627370495.0, 4503599627370496.0, 4503599627370496.0, 4503599627370495.0, 4503599627370496.0 },
		{ 4503599627370497.0, 4503599627370497.0, 4503599627370497.0, 4503599627370497.0, 4503599627370497.0, 4503599627370497.0 },
		{ -3.7, -4, -3, -4, -3, -4 },
		{ 1e300, 1e300, 1e300, 1e300, 1e300, 1e300 },
	};
	volatile double x;
	unsigned i;
	int m;

	for (i = 0; i < sizeof t / sizeof *t; i++) {
		x = t[i].x;
		T_DBL(floor(x), t[i].fl);
		T_DBL(ceil(x), t[i].ce);
		T_DBL(round(x), t[i].ro);
		T_DBL(trunc(x), t[i].tr);
		T_DBL(rint(x), t[i].ri);
		T_DBL(nearbyint(x), t[i].ri);
	}
	T_DBL(floor(INFINITY), INFINITY);
	T(isnan(ceil(NAN)));
	T_INT(lround(2.5), 3);
	T_INT(lround(-2.5), -3);
	T_INT(llround(-0.5), -1);
	T_INT(lrint(2.5), 2);
	T_INT(llrint(3.5), 4);
	T(floorf(-1.5f) == -2.0f && ceilf(1.2f) == 2.0f && roundf(0.5f) == 1.0f && truncf(-1.7f) == -1.0f);
	T(floorl(-1.5L) == -2.0L && roundl(2.5L) == 3.0L && rintl(2.5L) == 2.0L);

	{
		static const int mode[] = { FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO };
		static const double want[][4] = {
			/* 1.5  -1.5  2.5  -0.2 */
			{ 2, -2, 2, -0.0 },
			{ 1, -2, 2, -1 },
			{ 2, -1, 3, -0.0 },
			{ 1, -1, 2, -0.0 },
		};
		for (m = 0; m < 4; m++) {
			T_INT(fesetround(mode[m]), 0);
			x = 1.5;
			T_DBL(rint(x), want[m][0]);
			x = -1.5;
			T_DBL(rint(x), want[m][1]);
			x = 2.5;
			T_DBL(nearbyint(x), want[m][2]);
			x = -0.2;
			T_DBL(rint(x), want[m][3]);
			T_INT(lrint(2.5), (long)want[m][2]);
			/* floor, ceil, round, trunc ignore the mode */
			T_DBL(round(x), -0.0);
			T_DBL(floor(x), -1.0);
		}
		fesetround(FE_TONEAREST);
	}
	/* nearbyint does not raise inexact; rint does */
	feclearexcept(FE_ALL_EXCEPT);
	x = 1.5;
	nearbyint(x);
	T(!fetestexcept(FE_INEXACT));
	rint(x);
	T(fetestexcept(FE_INEXACT));
	return t_status;
}
