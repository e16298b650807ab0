/* select and pselect: readiness of pipe ends, the timeout is honoured,
 * the sets are cleared for descriptors that are not ready */
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int p[2], q[2];
	fd_set r, w;
	struct timeval tv;
	struct timespec ts;
	long long t0;

	if (!T_OK(pipe(p)) || !T_OK(pipe(q)))
		return t_status;
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	FD_SET(q[0], &r);
	tv.tv_sec = 0;
	tv.tv_usec = 0;
	T_INT(select(q[0] + 1, &r, 0, 0, &tv), 0);
	T(!FD_ISSET(p[0], &r) && !FD_ISSET(q[0], &r));

	T_INT(write(q[1], "x", 1), 1);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	FD_SET(q[0], &r);
	FD_ZERO(&w);
	FD_SET(p[1], &w);
	tv.tv_sec = 1;
	tv.tv_usec = 0;
	T_INT(select(q[1] + 1, &r, &w, 0, &tv), 2);
	T(!FD_ISSET(p[0], &r) && FD_ISSET(q[0], &r) && FD_ISSET(p[1], &w));

	FD_ZERO(&r);
	FD_SET(p[0], &r);
	tv.tv_sec = 0;
	tv.tv_usec = 20000;
	t0 = t_ns();
	T_INT(select(p[0] + 1, &r, 0, 0, &tv), 0);
	T(t_ns() - t0 >= 20000000);

	FD_ZERO(&r);
	FD_SET(p[0], &r);
	ts.tv_sec = 0;
	ts.tv_nsec = 5000000;
	T_INT(pselect(p[0] + 1, &r, 0, 0, &ts, 0), 0);
	T(FD_SETSIZE >= 1024);
	return t_status;
}
