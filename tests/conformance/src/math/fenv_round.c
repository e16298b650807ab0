/* the rounding mode: fesetround/fegetround, its effect on arithmetic and
 * on conversions, and fegetenv/fesetenv/FE_DFL_ENV */
#include <fenv.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	volatile double one = 1, three = 3, big = 0x1p53;
	volatile float f1 = 1, f3 = 3;
	double third[4];
	fenv_t env;
	char b[32];
	int m;

	static const int mode[] = { FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO };
	T_INT(fegetround(), FE_TONEAREST);
	for (m = 0; m < 4; m++) {
		T_INT(fesetround(mode[m]), 0);
		T_INT(fegetround(), mode[m]);
		third[m] = one / three;
		/* 2^53 + 1 is a tie below 2^53 + 2 */
		if (m == 2)
			T_DBL(big + one, 0x1p53 + 2);
		else
			T_DBL(big + one, 0x1p53);
		if (m == 1)
			T_DBL(-one / three, -0x1.5555555555556p-2);
		if (m == 2)
			T(f1 / f3 == 0x1.555556p-2f);
		if (m == 3)
			T(f1 / f3 == 0x1.555554p-2f);
	}
	T_DBL(third[0], 0x1.5555555555555p-2);
	T_DBL(third[1], 0x1.5555555555555p-2);
	T_DBL(third[2], 0x1.5555555555556p-2);
	T_DBL(third[3], 0x1.5555555555555p-2);
	T(fesetround(12345) != 0);
	T_INT(fegetround(), FE_TOWARDZERO);

	/* the environment saves and restores the mode */
	T_INT(fegetenv(&env), 0);
	fesetround(FE_UPWARD);
	T_INT(fesetenv(&env), 0);
	T_INT(fegetround(), FE_TOWARDZERO);
	T_INT(fesetenv(FE_DFL_ENV), 0);
	T_INT(fegetround(), FE_TONEAREST);

	/* printf rounds the decimal result in the current mode */
	fesetround(FE_UPWARD);
	snprintf(b, sizeof b, "%.1f", 0.11);
	T_STR(b, "0.2");
	fesetround(FE_DOWNWARD);
	snprintf(b, sizeof b, "%.1f", 0.19);
	T_STR(b, "0.1");
	fesetround(FE_TONEAREST);
	return t_status;
}
