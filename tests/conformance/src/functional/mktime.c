/* mktime normalizes fields and fills wday/yday; localtime and mktime with
 * POSIX TZ strings (no zoneinfo files needed), including DST rules */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "test.h"

static struct tm mk(int y, int mon, int d, int h, int m, int s, int dst)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mon - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = m;
	tm.tm_sec = s;
	tm.tm_isdst = dst;
	return tm;
}

int main(void)
{
	struct tm tm, *lt;
	time_t t;

	setenv("TZ", "UTC0", 1);
	tzset();
	tm = mk(2000, 2, 29, 0, 0, 0, 0);
	T_INT(mktime(&tm), 951782400);
	T_INT(tm.tm_wday, 2);
	T_INT(tm.tm_yday, 59);
	/* Jan 32nd is Feb 1st; month 12 is January of the next year */
	tm = mk(2023, 1, 32, 0, 0, 0, 0);
	T_INT(mktime(&tm), 1675209600);
	T(tm.tm_mon == 1 && tm.tm_mday == 1);
	tm = mk(2023, 13, 1, 0, 0, 0, 0);
	T_INT(mktime(&tm), 1704067200);
	T(tm.tm_year == 124 && tm.tm_mon == 0);
	tm = mk(2024, 3, 1, 0, 0, -1, 0);
	T_INT(mktime(&tm), 1709251199);
	T(tm.tm_mon == 1 && tm.tm_mday == 29 && tm.tm_hour == 23 && tm.tm_sec == 59);

	/* India: +5:30 all year, written as TZ="IST-5:30" */
	setenv("TZ", "IST-5:30", 1);
	tzset();
	t = 0;
	lt = localtime(&t);
	T(lt && lt->tm_hour == 5 && lt->tm_min == 30);
	tm = mk(1970, 1, 1, 5, 30, 0, 0);
	T_INT(mktime(&tm), 0);

	/* US Eastern rules: DST from the 2nd Sunday of March 02:00 to the
	 * 1st Sunday of November 02:00 */
	setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
	tzset();
	tm = mk(2024, 7, 4, 12, 0, 0, -1);
	T_INT(mktime(&tm), 1720108800);	/* 16:00 UTC */
	T_INT(tm.tm_isdst, 1);
	tm = mk(2024, 1, 15, 12, 0, 0, -1);
	T_INT(mktime(&tm), 1705338000);	/* 17:00 UTC */
	T_INT(tm.tm_isdst, 0);
	t = 1710054000;	/* 2024-03-10 07:00 UTC = 03:00 EDT, just after the switch */
	lt = localtime(&t);
	T(lt && lt->tm_hour == 3 && lt->tm_isdst == 1);
	t = 1710053999;	/* one second earlier: 01:59:59 EST */
	lt = localtime(&t);
	T(lt && lt->tm_hour == 1 && lt->tm_min == 59 && lt->tm_isdst == 0);
	return t_status;
}
