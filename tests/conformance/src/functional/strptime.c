/* strptime: fields, names, literal text and white space; the end pointer;
 * NULL when the input does not match */
#define _XOPEN_SOURCE 700
#include <string.h>
#include <time.h>
#include "test.h"

int main(void)
{
	struct tm tm;
	char *r;

	memset(&tm, 0, sizeof tm);
	r = strptime("2024-02-29 13:45:07 rest", "%Y-%m-%d %H:%M:%S", &tm);
	T(r && !strcmp(r, " rest"));
	T(tm.tm_year == 124 && tm.tm_mon == 1 && tm.tm_mday == 29);
	T(tm.tm_hour == 13 && tm.tm_min == 45 && tm.tm_sec == 7);

	memset(&tm, 0, sizeof tm);
	r = strptime("Thursday, 29 February 24", "%A, %d %B %y", &tm);
	T(r && *r == 0);
	T(tm.tm_wday == 4 && tm.tm_mday == 29 && tm.tm_mon == 1 && tm.tm_year == 124);

	memset(&tm, 0, sizeof tm);
	r = strptime("mon  jan   5", "%a %b %d", &tm);
	T(r && *r == 0);
	T(tm.tm_wday == 1 && tm.tm_mon == 0 && tm.tm_mday == 5);

	memset(&tm, 0, sizeof tm);
	r = strptime("07:30 PM", "%I:%M %p", &tm);
	T(r && *r == 0);
	T_INT(tm.tm_hour, 19);
	memset(&tm, 0, sizeof tm);
	r = strptime("12:00 am", "%I:%M %p", &tm);
	T(r && tm.tm_hour == 0);

	memset(&tm, 0, sizeof tm);
	r = strptime("060", "%j", &tm);
	T(r && tm.tm_yday == 59);
	memset(&tm, 0, sizeof tm);
	r = strptime("12/31/99", "%D", &tm);
	T(r && tm.tm_year == 99 && tm.tm_mon == 11 && tm.tm_mday == 31);
	r = strptime("1:2:3", "%T", &tm);
	T(r && tm.tm_hour == 1 && tm.tm_min == 2 && tm.tm_sec == 3);
	r = strptime("100%", "%Y%%", &tm);
	T(r && *r == 0 && tm.tm_year == 100 - 1900);

	T(strptime("13", "%m", &tm) == 0);
	T(strptime("24:00", "%H:%M", &tm) == 0);
	T(strptime("2024-02", "%Y/%m", &tm) == 0);
	T(strptime("Foo", "%a", &tm) == 0);
	return t_status;
}
