/* time and locale helpers */
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include "test.h"

long long t_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int t_utf8(void)
{
	if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8"))
		return 1;
	t_error("setlocale(LC_CTYPE, \"C.UTF-8\") failed\n");
	return 0;
}

/* doubles as integers that are ordered like the values */
static long long ordered(double x)
{
	int64_t i;
	memcpy(&i, &x, sizeof i);
	return i < 0 ? INT64_MIN - i : i;
}

long long t_ulps(double got, double want)
{
	long long a = ordered(got), b = ordered(want);
	unsigned long long d;
	if (isnan(got) || isnan(want))
		return isnan(got) && isnan(want) ? 0 : INT64_MAX;
	d = a > b ? (unsigned long long)a - b : (unsigned long long)b - a;
	return d > INT64_MAX ? INT64_MAX : (long long)d;
}

int t_cmp_ulp(const char *file, int line, const char *expr, double got, double want, long long ulps)
{
	long long d = t_ulps(got, want);
	if (d <= ulps)
		return 1;
	t_report(file, line, "%s = %a (%.17g), expected %a (%.17g) within %lld ulp, off by %lld\n",
		expr, got, got, want, want, ulps, d);
	return 0;
}
