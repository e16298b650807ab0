/* tgamma, lgamma (and signgam), erf, erfc: exact factorials, mpmath values
 * within a few ulp, poles */
#define _DEFAULT_SOURCE
#include <fenv.h>
#include <math.h>
#include "test.h"

int main(void)
{
	volatile double zero = 0;

	T_DBL(tgamma(1.0), 1.0);
	T_DBL(tgamma(5.0), 24.0);
	T_ULP(tgamma(23.0), 1124000727777607680000.0, 1);	/* 22!, representable */
	T_ULP(tgamma(0.5), 0x1.c5bf891b4ef6bp+0, 2);
	T_DBL(lgamma(1.0), 0.0);
	T_DBL(lgamma(2.0), 0.0);
	T_ULP(lgamma(3.5), 0x1.3373018970a36p+0, 2);
	T_ULP(lgamma(0.5), 0x1.250d048e7a1bdp-1, 2);
	lgamma(-0.5);
	T_INT(signgam, -1);
	lgamma(-1.5);
	T_INT(signgam, 1);
	T_DBL(erf(0.0), 0.0);
	T_DBL(erf(-0.0), -0.0);
	T_DBL(erf(INFINITY), 1.0);
	T_DBL(erfc(0.0), 1.0);
	T_DBL(erfc(INFINITY), 0.0);
	T_DBL(erfc(-INFINITY), 2.0);
	T_ULP(erf(1.0), 0x1.af767a741088bp-1, 1);
	T_ULP(erfc(1.0), 0x1.4226162fbddd5p-3, 1);
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(lgamma(zero), INFINITY);
	T(fetestexcept(FE_DIVBYZERO));
	feclearexcept(FE_ALL_EXCEPT);
	T(isnan(tgamma(-1.0)));
	T(fetestexcept(FE_INVALID));
	feclearexcept(FE_ALL_EXCEPT);
	T_DBL(tgamma(200.0), INFINITY);
	T(fetestexcept(FE_OVERFLOW));
	return t_status;
}
