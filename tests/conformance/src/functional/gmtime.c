/* gmtime/gmtime_r/timegm-like round trips at known instants: the epoch,
 * leap days, the 32-bit limits, before 1970 */
#define _DEFAULT_SOURCE
#include <time.h>
#include "test.h"

static void check(long long t, int y, int mon, int d, int h, int m, int s, int wday, int yday)
{
	struct tm tm, *r;
	time_t tt = t;

	r = gmtime_r(&tt, &tm);
	if (!r) {
		t_error("gmtime_r(%lld) failed\n", t);
		return;
	}
	if (tm.tm_year != y - 1900 || tm.tm_mon != mon - 1 || tm.tm_mday != d ||
	    tm.tm_hour != h || tm.tm_min != m || tm.tm_sec != s ||
	    tm.tm_wday != wday || tm.tm_yday != yday || tm.tm_isdst != 0)
		t_error("gmtime(%lld) = %d-%02d-%02d %02d:%02d:%02d wday %d yday %d, expected %d-%02d-%02d %02d:%02d:%02d wday %d yday %d\n",
			t, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
			tm.tm_wday, tm.tm_yday, y, mon, d, h, m, s, wday, yday);
	if (timegm(&tm) != tt)
		t_error("timegm(gmtime(%lld)) = %lld\n", t, (long long)timegm(&tm));
}

int main(void)
{
	time_t t = 0;
	struct tm *p;

	check(0, 1970, 1, 1, 0, 0, 0, 4, 0);
	check(-1, 1969, 12, 31, 23, 59, 59, 3, 364);
	check(951782400, 2000, 2, 29, 0, 0, 0, 2, 59);
	check(1709214307, 2024, 2, 29, 13, 45, 7, 4, 59);
	check(2147483647, 2038, 1, 19, 3, 14, 7, 2, 18);
	check(2147483648LL, 2038, 1, 19, 3, 14, 8, 2, 18);
	check(-2147483648LL, 1901, 12, 13, 20, 45, 52, 5, 346);
	check(4107542400LL, 2100, 3, 1, 0, 0, 0, 1, 59);	/* 2100 is not leap */
	check(1609459200, 2021, 1, 1, 0, 0, 0, 5, 0);
	p = gmtime(&t);
	T(p && p->tm_year == 70);
	return t_status;
}
