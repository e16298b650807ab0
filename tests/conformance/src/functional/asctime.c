/* asctime, ctime (in UTC), difftime, time */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "test.h"

int main(void)
{
	struct tm tm;
	time_t t = 951782400, now, later;
	char *s;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = 70;
	tm.tm_mday = 1;
	tm.tm_wday = 4;
	T_STR(asctime(&tm), "Thu Jan  1 00:00:00 1970\n");
	setenv("TZ", "UTC0", 1);
	tzset();
	s = ctime(&t);
	T_STR(s, "Tue Feb 29 00:00:00 2000\n");
	T_DBL(difftime(10, 4), 6.0);
	T_DBL(difftime(0, 1), -1.0);
	now = time(&later);
	T(now == later);
	return t_status;
}
