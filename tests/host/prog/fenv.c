/* musl-ukl's own fenv.c: rounding modes, exception flags, environments */
#include <fenv.h>
#include <math.h>
#include "test.h"

/* through a pointer: gcc inlines rint assuming round-to-nearest */
static double (*volatile rint_fn)(double) = rint;

int main(void)
{
	volatile double x = 2.5, xn = -2.5, y = 1.0, z = 3.0;
	fenv_t env;

	T_INT(fegetround(), FE_TONEAREST);
	T(rint_fn(x) == 2.0);
	T(fesetround(FE_UPWARD) == 0);
	T_INT(fegetround(), FE_UPWARD);
	T(rint_fn(x) == 3.0);
	T(fesetround(FE_DOWNWARD) == 0 && rint_fn(xn) == -3.0);
	T(fesetround(FE_TOWARDZERO) == 0 && rint_fn(xn) == -2.0);
	T(fesetround(12345) != 0);
	T(fesetround(FE_TONEAREST) == 0);

	T(feclearexcept(FE_ALL_EXCEPT) == 0);
	T_INT(fetestexcept(FE_ALL_EXCEPT), 0);
	x = y / z;
	T_INT(fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);
	x = y / 0.0;
	T(fetestexcept(FE_DIVBYZERO));
	T(feclearexcept(FE_DIVBYZERO) == 0);
	T(!fetestexcept(FE_DIVBYZERO) && fetestexcept(FE_INEXACT));
	T(feraiseexcept(FE_OVERFLOW | FE_INVALID) == 0);
	T_INT(fetestexcept(FE_OVERFLOW | FE_INVALID | FE_UNDERFLOW), FE_OVERFLOW | FE_INVALID);

	T(fegetenv(&env) == 0);
	T(fesetround(FE_UPWARD) == 0);
	T(feclearexcept(FE_ALL_EXCEPT) == 0);
	T(fesetenv(&env) == 0);
	T_INT(fegetround(), FE_TONEAREST);
	T(fetestexcept(FE_OVERFLOW));
	T(fesetround(FE_DOWNWARD) == 0);
	T(fesetenv(FE_DFL_ENV) == 0);
	T_INT(fegetround(), FE_TONEAREST);
	T_INT(fetestexcept(FE_ALL_EXCEPT), 0);
	return t_status;
}
