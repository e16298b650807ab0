/* floating-point exception flags: raised by arithmetic, by feraiseexcept,
 * cleared, saved and restored (fegetexceptflag, feholdexcept,
 * feupdateenv) */
#include <fenv.h>
#include <float.h>
#include "test.h"

int main(void)
{
	volatile double zero = 0, one = 1, max = DBL_MAX, tiny = DBL_MIN, r;
	fexcept_t flags;
	fenv_t env;

	T_INT(feclearexcept(FE_ALL_EXCEPT), 0);
	T_INT(fetestexcept(FE_ALL_EXCEPT), 0);
	r = one / zero;
	T_INT(fetestexcept(FE_ALL_EXCEPT), FE_DIVBYZERO);
	feclearexcept(FE_ALL_EXCEPT);
	r = zero / zero;
	T_INT(fetestexcept(FE_ALL_EXCEPT), FE_INVALID);
	feclearexcept(FE_ALL_EXCEPT);
	r = max * 2;
	T_INT(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW | FE_INEXACT);
	feclearexcept(FE_ALL_EXCEPT);
	r = tiny / 3;
	T_INT(fetestexcept(FE_ALL_EXCEPT), FE_UNDERFLOW | FE_INEXACT);
	feclearexcept(FE_ALL_EXCEPT);
	r = one / 3;
	T_INT(fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);
	feclearexcept(FE_ALL_EXCEPT);
	r = one / 4;
	T_INT(fetestexcept(FE_ALL_EXCEPT), 0);
	(void)r;

	T_INT(feraiseexcept(FE_OVERFLOW | FE_INVALID), 0);
	T_INT(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW | FE_INVALID);
	T_INT(fegetexceptflag(&flags, FE_ALL_EXCEPT), 0);
	feclearexcept(FE_INVALID);
	T_INT(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW);
	T_INT(fesetexceptflag(&flags, FE_INVALID), 0);
	T_INT(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW | FE_INVALID);

	/* feholdexcept clears the flags; feupdateenv restores and merges */
	T_INT(feholdexcept(&env), 0);
	T_INT(fetestexcept(FE_ALL_EXCEPT), 0);
	feraiseexcept(FE_DIVBYZERO);
	T_INT(feupdateenv(&env), 0);
	T_INT(fetestexcept(FE_ALL_EXCEPT), FE_OVERFLOW | FE_INVALID | FE_DIVBYZERO);
	feclearexcept(FE_ALL_EXCEPT);
	return t_status;
}
