/* eventfd counts and semaphore mode; timerfd expirations counted in a read,
 * an interval timer, TFD_NONBLOCK with EAGAIN */
#include <errno.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	uint64_t v;
	int e, t;
	struct itimerspec its = { { 0, 5000000 }, { 0, 10000000 } }, cur;
	long long t0;

	e = eventfd(3, EFD_NONBLOCK);
	if (!T_OK(e))
		return t_status;
	v = 4;
	T_INT(write(e, &v, 8), 8);
	T_INT(read(e, &v, 8), 8);
	T_INT(v, 7);
	T_FAIL(read(e, &v, 8), EAGAIN);
	close(e);
	e = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK);
	T_INT(read(e, &v, 8), 8);
	T_INT(v, 1);
	T_INT(read(e, &v, 8), 8);
	T_FAIL(read(e, &v, 8), EAGAIN);
	close(e);

	t = timerfd_create(CLOCK_MONOTONIC, 0);
	if (!T_OK(t))
		return t_status;
	t0 = t_ns();
	T_OK(timerfd_settime(t, 0, &its, 0));
	T_OK(timerfd_gettime(t, &cur));
	T(cur.it_interval.tv_nsec == 5000000);
	T_INT(read(t, &v, 8), 8);
	T(v >= 1);
	T(t_ns() - t0 >= 10000000);
	/* sleep through some intervals: they are counted */
	{
		struct timespec d = { 0, 30000000 };
		nanosleep(&d, 0);
	}
	T_INT(read(t, &v, 8), 8);
	T(v >= 5);
	close(t);
	t = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
	T_FAIL(read(t, &v, 8), EAGAIN);
	close(t);
	return t_status;
}
