#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

int t_snprintf_is(const char *file, int line, const char *args, const char *want, const char *fmt, ...)
{
	char b[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(b, sizeof b, fmt, ap);
	va_end(ap);
	if (!strcmp(b, want) && n == (int)strlen(want))
		return 1;
	t_report(file, line, "snprintf(%s) = \"%s\" (%d), expected \"%s\"\n", args, b, n, want);
	return 0;
}
