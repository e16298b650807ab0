/* nanosleep and clock_nanosleep sleep at least as long as asked;
 * invalid nanoseconds give EINVAL; an absolute deadline in the past
 * returns at once */
#include <errno.h>
#include <time.h>
#include "test.h"

int main(void)
{
	struct timespec d = { 0, 20000000 }, bad = { 0, 1000000000 }, abs;
	long long t0, t1;
	int r;

	t0 = t_ns();
	T_OK(nanosleep(&d, 0));
	t1 = t_ns();
	T(t1 - t0 >= 20000000);
	T(t1 - t0 < 5000000000LL);

	T_FAIL(nanosleep(&bad, 0), EINVAL);
	bad.tv_nsec = -1;
	T_FAIL(nanosleep(&bad, 0), EINVAL);

	clock_gettime(CLOCK_MONOTONIC, &abs);
	abs.tv_nsec += 15000000;
	if (abs.tv_nsec >= 1000000000) {
		abs.tv_sec++;
		abs.tv_nsec -= 1000000000;
	}
	t0 = t_ns();
	T_INT(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, 0), 0);
	t1 = t_ns();
	T(t1 >= abs.tv_sec * 1000000000LL + abs.tv_nsec);
	/* a time in the past: at most a few seconds after boot in a VM */
	abs.tv_sec = 0;
	abs.tv_nsec = 1;
	t0 = t_ns();
	T_INT(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, 0), 0);
	T(t_ns() - t0 < 1000000000);
	r = clock_nanosleep(CLOCK_MONOTONIC, 0, &bad, 0);
	T_INT(r, EINVAL);
	return t_status;
}
