/* long double math where musl-ukl uses generic C (exp2l, expm1l), complex
 * multiplication (libukl-rt's __muldc3) and 128-bit division */
#include <math.h>
#include <complex.h>
#include "test.h"

static int close_l(long double a, long double b)
{
	return fabsl(a - b) <= fabsl(b) * 1e-18L;
}

int main(void)
{
	volatile double complex a = 1.0 + 2.0 * I, b = 3.0 - 1.0 * I;
	volatile double complex c = a * b;
	volatile unsigned __int128 n = (unsigned __int128)0x123456789abcdefULL << 64 | 0xfedcba9876543210ULL;
	volatile unsigned long long d = 1000000007;
	volatile __int128 s = -((__int128)1 << 100);

	T(exp2l(10.0L) == 1024.0L);
	T(close_l(exp2l(0.5L), 1.41421356237309504880L));
	T(close_l(expm1l(1e-10L), 1.00000000005e-10L));
	T(close_l(expl(1.0L), 2.71828182845904523536L));
	T(sqrt(2.0) * sqrt(2.0) - 2.0 < 1e-15);
	T(creal(c) == 5.0 && cimag(c) == 5.0);
	c = cpow(a, 2.0);
	T(fabs(creal(c) + 3.0) < 1e-12 && fabs(cimag(c) - 4.0) < 1e-12);
	c = CMPLX(INFINITY, NAN) * (1.0 + 1.0 * I);
	T(isinf(creal(c)) && isinf(cimag(c)));

	T((unsigned long long)(n / d) == 0xa480a8f47507e0e0ULL);
	T((unsigned long long)(n / d >> 64) == 0x4e2fff8ULL);
	T((unsigned long long)(n % d) == 0x24ec4bf0ULL);
	T(s / 3 == -(((__int128)1 << 100) / 3));
	T(s % 7 == -(((__int128)1 << 100) % 7));
	T(n / n == 1 && n % n == 0);
	return t_status;
}
