/* epoll: level- and edge-triggered readiness, user data, EPOLL_CTL_MOD and
 * DEL, EEXIST and ENOENT, a timeout, EPOLLHUP, epoll_pwait */
#include <errno.h>
#include <sys/epoll.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int ep, p[2], q[2];
	struct epoll_event ev, out[4];
	long long t0;
	char c;

	ep = epoll_create1(EPOLL_CLOEXEC);
	if (!T_OK(ep) || !T_OK(pipe(p)) || !T_OK(pipe(q)))
		return t_status;
	ev.events = EPOLLIN;
	ev.data.u64 = 0x1122334455667788ULL;
	T_OK(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
	T_FAIL(epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), EEXIST);
	ev.events = EPOLLIN | EPOLLET;
	ev.data.fd = q[0];
	T_OK(epoll_ctl(ep, EPOLL_CTL_ADD, q[0], &ev));
	T_INT(epoll_wait(ep, out, 4, 0), 0);

	t0 = t_ns();
	T_INT(epoll_wait(ep, out, 4, 20), 0);
	T(t_ns() - t0 >= 20000000);

	T_INT(write(p[1], "ab", 2), 2);
	T_INT(epoll_wait(ep, out, 4, 1000), 1);
	T(out[0].events == EPOLLIN && out[0].data.u64 == 0x1122334455667788ULL);
	/* level-triggered: reported again while data remains */
	T_INT(read(p[0], &c, 1), 1);
	T_INT(epoll_wait(ep, out, 4, 0), 1);
	T_INT(read(p[0], &c, 1), 1);
	T_INT(epoll_wait(ep, out, 4, 0), 0);

	/* edge-triggered: reported once per new write */
	T_INT(write(q[1], "xy", 2), 2);
	T_INT(epoll_wait(ep, out, 4, 1000), 1);
	T_INT(out[0].data.fd, q[0]);
	T_INT(epoll_wait(ep, out, 4, 0), 0);
	T_INT(write(q[1], "z", 1), 1);
	T_INT(epoll_wait(ep, out, 4, 0), 1);

	ev.events = EPOLLOUT;
	ev.data.u32 = 7;
	T_FAIL(epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &ev), ENOENT);
	T_OK(epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev));
	T_INT(epoll_pwait(ep, out, 4, 0, 0), 1);	/* p[1]; q[0] had its edge */
	T_OK(epoll_ctl(ep, EPOLL_CTL_DEL, q[0], 0));
	T_INT(epoll_wait(ep, out, 4, 0), 1);
	T(out[0].events == EPOLLOUT && out[0].data.u32 == 7);
	T_OK(epoll_ctl(ep, EPOLL_CTL_DEL, p[1], 0));
	T_FAIL(epoll_ctl(ep, EPOLL_CTL_DEL, p[1], 0), ENOENT);

	close(p[1]);
	T_INT(epoll_wait(ep, out, 4, 0), 1);
	T(out[0].events & EPOLLHUP);
	close(ep);
	return t_status;
}
