/* clocks move forward, nanosleep sleeps, broken-down time is exact, the
 * CPU we are pinned to is the one sched_getcpu() names */
#define _GNU_SOURCE
#include <sched.h>
#include <time.h>
#include <string.h>
#include <sys/time.h>
#include "test.h"

static long long ns(clockid_t c)
{
	struct timespec ts;
	clock_gettime(c, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(void)
{
	struct timespec req = { 0, 20000000 };
	long long t0, t1;
	struct tm tm;
	time_t when = 1700000000;
	char b[64];
	struct timeval tv;
	cpu_set_t one;

	t0 = ns(CLOCK_MONOTONIC);
	T(nanosleep(&req, 0) == 0);
	t1 = ns(CLOCK_MONOTONIC);
	if (t1 - t0 < 20000000)
		t_error("nanosleep(20 ms) took %lld ns\n", t1 - t0);
	T(ns(CLOCK_REALTIME) / 1000000000 > 1700000000);
	T(time(0) > 1700000000);
	T(gettimeofday(&tv, 0) == 0 && tv.tv_sec > 1700000000);
	T(ns(CLOCK_PROCESS_CPUTIME_ID) >= 0);
	CPU_ZERO(&one);
	CPU_SET(0, &one);
	T(sched_setaffinity(0, sizeof one, &one) == 0);
	T_INT(sched_getcpu(), 0);

	T(gmtime_r(&when, &tm) != 0);
	strftime(b, sizeof b, "%Y-%m-%d %H:%M:%S %a %j", &tm);
	T_STR(b, "2023-11-14 22:13:20 Tue 318");
	tm.tm_isdst = 0;
	T_INT((long long)timegm(&tm), 1700000000LL);
	return t_status;
}
