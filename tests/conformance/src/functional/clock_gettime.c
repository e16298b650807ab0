/* clock_gettime: the monotonic clock never goes back, the realtime clock
 * agrees with time(), the CPU-time clock advances while we compute,
 * clock_getres, EINVAL for a bad clock */
#include <errno.h>
#include <time.h>
#include "test.h"

static long long ns(struct timespec t) { return t.tv_sec * 1000000000LL + t.tv_nsec; }

int main(void)
{
	struct timespec a, b, r;
	volatile unsigned long x = 0;
	time_t t0, t1;
	int i;

	T_OK(clock_gettime(CLOCK_MONOTONIC, &a));
	for (i = 0; i < 10000; i++) {
		T_OK(clock_gettime(CLOCK_MONOTONIC, &b));
		if (b.tv_nsec < 0 || b.tv_nsec >= 1000000000 || ns(b) < ns(a)) {
			t_error("monotonic went from %lld to %lld\n", ns(a), ns(b));
			break;
		}
		a = b;
	}
	t0 = time(0);
	T_OK(clock_gettime(CLOCK_REALTIME, &a));
	t1 = time(0);
	T(a.tv_sec >= t0 && a.tv_sec <= t1);
	T(a.tv_sec > 1600000000);	/* after September 2020 */
	T_OK(clock_getres(CLOCK_MONOTONIC, &r));
	T(r.tv_sec == 0 && r.tv_nsec > 0 && r.tv_nsec <= 10000000);
	T_OK(clock_getres(CLOCK_REALTIME, &r));

	T_OK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a));
	T_OK(clock_gettime(CLOCK_MONOTONIC, &r));
	do {
		for (i = 0; i < 100000; i++)
			x += i;
		clock_gettime(CLOCK_MONOTONIC, &b);
	} while (ns(b) - ns(r) < 20000000);
	T_OK(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b));
	T(ns(b) > ns(a));
	T_OK(clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b));

	T_FAIL(clock_gettime((clockid_t)12345, &a), EINVAL);
	return t_status;
}
