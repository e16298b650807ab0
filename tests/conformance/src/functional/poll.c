/* poll on pipes and sockets: nothing ready with timeout 0, POLLIN after a
 * write, POLLOUT on a writable end, POLLHUP when the writer is gone,
 * POLLNVAL for a closed descriptor, a timeout that really waits, ppoll */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int p[2], s[2];
	struct pollfd f[3];
	struct timespec ts = { 0, 10000000 };
	long long t0;

	if (!T_OK(pipe(p)) || !T_OK(socketpair(AF_UNIX, SOCK_STREAM, 0, s)))
		return t_status;
	f[0].fd = p[0];
	f[0].events = POLLIN;
	f[1].fd = p[1];
	f[1].events = POLLOUT;
	f[2].fd = s[0];
	f[2].events = POLLIN | POLLOUT;
	T_INT(poll(f, 1, 0), 0);
	T_INT(f[0].revents, 0);
	T_INT(poll(f, 3, 0), 2);
	T_INT(f[1].revents, POLLOUT);
	T_INT(f[2].revents, POLLOUT);
	T_INT(write(p[1], "x", 1), 1);
	T_INT(write(s[1], "y", 1), 1);
	T_INT(poll(f, 3, 1000), 3);
	T_INT(f[0].revents, POLLIN);
	T_INT(f[2].revents, POLLIN | POLLOUT);

	t0 = t_ns();
	f[0].fd = s[1];
	f[0].events = POLLIN;
	T_INT(poll(f, 1, 30), 0);
	T(t_ns() - t0 >= 30000000);
	t0 = t_ns();
	T_INT(ppoll(f, 1, &ts, 0), 0);
	T(t_ns() - t0 >= 10000000);

	close(p[1]);
	f[0].fd = p[0];
	f[0].events = POLLIN;
	T_INT(poll(f, 1, 0), 1);
	T(f[0].revents & POLLIN);	/* the byte is still there */
	{
		char c;
		T_INT(read(p[0], &c, 1), 1);
	}
	T_INT(poll(f, 1, 0), 1);
	T_INT(f[0].revents, POLLHUP);
	close(p[0]);
	T_INT(poll(f, 1, 0), 1);
	T_INT(f[0].revents, POLLNVAL);
	f[0].fd = -1;
	T_INT(poll(f, 1, 0), 0);
	return t_status;
}
