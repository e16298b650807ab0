/* fmod (sign of x, exact), remainder and remquo (nearest, ties to even
 * quotient), with huge exponent differences and invalid cases */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include "test.h"

int main(void)
{
	int q;

	T_DBL(fmod(5.5, 2.0), 1.5);
	T_DBL(fmod(-5.5, 2.0), -1.5);
	T_DBL(fmod(5.5, -2.0), 1.5);
	T_DBL(fmod(-4.0, 2.0), -0.0);
	T_DBL(fmod(1.0, INFINITY), 1.0);
	T_DBL(fmod(0x1p1000, 3.0), 1.0);	/* 2^1000 = (3-1)^1000 = 1 mod 3 */
	T_DBL(fmod(DBL_MAX, 0x1p-1074), 0.0);
	T_DBL(fmod(0.1, 0.01), 0x1p-58);	/* 0.1 - 10 * 0.01, exact */
	T_DBL(remainder(5.5, 2.0), -0.5);
	T_DBL(remainder(4.5, 2.0), 0.5);	/* 2.25 -> 2 */
	T_DBL(remainder(3.0, 2.0), -1.0);	/* 1.5 -> 2 (even) */
	T_DBL(remainder(5.0, 2.0), 1.0);	/* 2.5 -> 2 (even) */
	T_DBL(remainder(-4.0, 2.0), -0.0);
	T_DBL(remquo(7.0, 2.0, &q), -1.0);
	T_INT(q & 7, 4);
	T_DBL(remquo(-10.0, 3.0, &q), -1.0);
	T(q < 0 && (-q & 7) == 3);
	T_DBL(remquo(29.0, 3.0, &q), -1.0);
	T_INT(q & 7, 10 & 7);
	T(fmodf(5.5f, 2.0f) == 1.5f);
	T(fmodl(-5.5L, 2.0L) == -1.5L);
	T(remainderl(5.5L, 2.0L) == -0.5L);

	feclearexcept(FE_ALL_EXCEPT);
	T(isnan(fmod(1.0, 0.0)));
	T(fetestexcept(FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	T(isnan(fmod(INFINITY, 1.0)));
	T(fetestexcept(FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	T(isnan(remainder(1.0, 0.0)));
	T(fetestexcept(FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(fmod(5.5, 2.0), 1.5);
	T(!fetestexcept(FE_INEXACT));
	return t_status;
}
