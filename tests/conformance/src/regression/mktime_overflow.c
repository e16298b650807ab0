/* mktime of a time that does not fit time_t's range reports -1 with
 * EOVERFLOW; a year just inside the 64-bit range works */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "test.h"

int main(void)
{
	struct tm tm;
	time_t t;

	setenv("TZ", "UTC0", 1);
	tzset();
	memset(&tm, 0, sizeof tm);
	tm.tm_year = INT_MAX;
	tm.tm_mon = 11;
	tm.tm_mday = 31;
	tm.tm_sec = INT_MAX;
	errno = 0;
	t = mktime(&tm);
	/* INT_MAX years after 1900 still fit 64 bits; seconds push no further.
	 * What must not happen is a silent wrap to a small value */
	T(t == (time_t)-1 ? errno == EOVERFLOW : t > 60LL * 60 * 24 * 365 * 1000000);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = 10000 - 1900;
	tm.tm_mday = 1;
	t = mktime(&tm);
	T_INT(t, 253402300800LL);
	return t_status;
}
