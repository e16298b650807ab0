/* x87 long double: 64-bit significand, arithmetic beyond double precision,
 * conversions to and from double and integers, frexpl, fabsl, printf */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include "test.h"

int main(void)
{
	volatile long double one = 1, eps = LDBL_EPSILON, x;
	volatile double d;
	uint64_t u = 0xffffffffffffffffULL;
	char b[64];
	int e;

	T_INT(LDBL_MANT_DIG, 64);
	T(LDBL_EPSILON == 0x1p-63L);
	T(one + eps != one);
	T(one + eps / 2 == one);
	T((long double)u == 18446744073709551615.0L);
	x = (long double)u;
	T((uint64_t)x == u);
	x = 1 + 0x1p-60L;
	d = (double)x;
	T_DBL(d, 1.0);
	T(x - 1 == 0x1p-60L);
	T(LDBL_MAX > 1e4900L);
	T(LDBL_MIN == 0x1p-16382L);
	T(fabsl(-2.5L) == 2.5L);
	T(frexpl(1024.0L, &e) == 0.5L && e == 11);
	T(floorl(-0.5L) == -1.0L && ceill(0.5L) == 1.0L && truncl(-1.5L) == -1.0L);
	T(fmodl(10.0L, 3.0L) == 1.0L);
	T(ldexpl(1.0L, 16383) == 0x1p16383L);
	T(isinf(ldexpl(1.0L, 16384)));
	T(copysignl(3.0L, -0.0L) == -3.0L);
	T(signbit(-0.0L));
	snprintf(b, sizeof b, "%.20Lf", 1.0L / 4);
	T_STR(b, "0.25000000000000000000");
	snprintf(b, sizeof b, "%Lg", 0x1p-16445L);
	T_STR(b, "3.6452e-4951");
	snprintf(b, sizeof b, "%.3Le", LDBL_MAX);
	T_STR(b, "1.190e+4932");
	return t_status;
}
