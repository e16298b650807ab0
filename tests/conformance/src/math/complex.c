/* complex basics that need no compiler runtime beyond multiplication:
 * creal, cimag, conj, cabs, carg, cexp(0), cexp(i*pi), csqrt(-4), cpow */
#include <complex.h>
#include <math.h>
#include "test.h"

int main(void)
{
	double complex z = 3.0 + 4.0 * I, w;

	T_DBL(creal(z), 3.0);
	T_DBL(cimag(z), 4.0);
	T_DBL(cimag(conj(z)), -4.0);
	T_DBL(cabs(z), 5.0);
	T_ULP(carg(I), 0x1.921fb54442d18p+0, 0);
	w = z * z;
	T_DBL(creal(w), -7.0);
	T_DBL(cimag(w), 24.0);
	w = cexp(0.0);
	T_DBL(creal(w), 1.0);
	T_DBL(cimag(w), 0.0);
	w = cexp(I * 0x1.921fb54442d18p+1);
	T_DBL(creal(w), -1.0);
	T_ULP(cimag(w), 0x1.1a62633145c07p-53, 1);
	w = csqrt(-4.0);
	T_DBL(creal(w), 0.0);
	T_DBL(cimag(w), 2.0);
	w = csqrt(conj(-4.0));
	T_DBL(cimag(w), -2.0);
	T(cabsf(3.0f + 4.0f * I) == 5.0f);
	return t_status;
}
