/* strftime in the C locale: every common conversion for fixed times,
 * ISO 8601 week numbers at year boundaries, a too-small buffer */
#include <string.h>
#include <time.h>
#include "test.h"

static struct tm mk(int y, int mon, int d, int h, int m, int s, int wday, int yday)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mon - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = m;
	tm.tm_sec = s;
	tm.tm_wday = wday;
	tm.tm_yday = yday;
	return tm;
}

#define F(when, fmt, want) do { \
	char out_[128]; \
	size_t n_ = strftime(out_, sizeof out_, fmt, &when); \
	if (n_ != strlen(want) || strcmp(out_, want)) \
		t_error("strftime(\"%s\") = \"%s\", expected \"%s\"\n", fmt, n_ ? out_ : "", want); \
} while (0)

int main(void)
{
	struct tm a = mk(2024, 2, 29, 13, 45, 7, 4, 59);
	struct tm b = mk(2021, 1, 1, 0, 0, 0, 5, 0);
	struct tm c = mk(2024, 12, 30, 9, 5, 0, 1, 364);
	struct tm d = mk(2021, 1, 3, 23, 0, 0, 0, 2);
	char buf[8];

	F(a, "%Y-%m-%d %H:%M:%S", "2024-02-29 13:45:07");
	F(a, "%F %T", "2024-02-29 13:45:07");
	F(a, "%D %R", "02/29/24 13:45");
	F(a, "%a %A %b %B %h", "Thu Thursday Feb February Feb");
	F(a, "%c", "Thu Feb 29 13:45:07 2024");
	F(a, "%x %X", "02/29/24 13:45:07");
	F(a, "%j %u %w %y %C", "060 4 4 24 20");
	F(a, "%I %p", "01 PM");
	F(a, "%e|%n|%t|%%", "29|\n|\t|%");
	F(b, "%e %I %p", " 1 12 AM");
	F(b, "%U %W %V %G %g", "00 00 53 2020 20");
	F(c, "%U %W %V %G", "52 53 01 2025");
	F(d, "%U %W %V", "01 00 53");
	F(a, "", "");
	T_INT(strftime(buf, sizeof buf, "%Y-%m-%d", &a), 0);
	T_INT(strftime(buf, sizeof buf, "%Y", &a), 4);
	return t_status;
}
