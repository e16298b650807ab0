/* reporting: one write per message, so lines of threads and of a crash
 * that follows stay whole */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

volatile int t_status;

int t_report(const char *file, int line, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n, m;

	t_status = 1;
	n = snprintf(buf, sizeof buf, "%s:%d: ", file, line);
	if (n < 0 || n >= (int)sizeof buf)
		n = 0;
	va_start(ap, fmt);
	m = vsnprintf(buf + n, sizeof buf - n, fmt, ap);
	va_end(ap);
	if (m < 0)
		m = 0;
	n += m;
	if (n >= (int)sizeof buf) {
		n = sizeof buf;
		memcpy(buf + n - 5, "...\n", 4);
		n--;
	}
	return write(1, buf, n);
}

int t_cmp_int(const char *file, int line, const char *expr, long long got, long long want)
{
	if (got == want)
		return 1;
	t_report(file, line, "%s = %lld, expected %lld\n", expr, got, want);
	return 0;
}

int t_cmp_hex(const char *file, int line, const char *expr, unsigned long long got, unsigned long long want)
{
	if (got == want)
		return 1;
	t_report(file, line, "%s = %#llx, expected %#llx\n", expr, got, want);
	return 0;
}

int t_cmp_str(const char *file, int line, const char *expr, const char *got, const char *want)
{
	if (got && want && !strcmp(got, want))
		return 1;
	if (!got && !want)
		return 1;
	t_report(file, line, "%s = %s%s%s, expected %s%s%s\n", expr,
		got ? "\"" : "", got ? got : "NULL", got ? "\"" : "",
		want ? "\"" : "", want ? want : "NULL", want ? "\"" : "");
	return 0;
}

/* exact: same value and, for zero, same sign; NaN equals NaN */
int t_cmp_dbl(const char *file, int line, const char *expr, double got, double want)
{
	if (isnan(got) && isnan(want))
		return 1;
	if (got == want && signbit(got) == signbit(want))
		return 1;
	t_report(file, line, "%s = %a (%.17g), expected %a (%.17g)\n",
		expr, got, got, want, want);
	return 0;
}

int t_cmp_fail(const char *file, int line, const char *expr, long long got, int err)
{
	int e = errno;
	if (got == -1 && e == err)
		return 1;
	if (got != -1)
		t_report(file, line, "%s = %lld, expected -1 with errno %d (%s)\n",
			expr, got, err, strerror(err));
	else
		t_report(file, line, "%s: errno %d (%s), expected %d (%s)\n",
			expr, e, strerror(e), err, strerror(err));
	return 0;
}

const char *t_errstr(void)
{
	return strerror(errno);
}
