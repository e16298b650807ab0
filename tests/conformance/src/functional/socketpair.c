/* socketpair: a stream pair in both directions, MSG_PEEK, MSG_DONTWAIT
 * with EAGAIN, shutdown seen as end of file; a datagram pair keeps
 * message boundaries */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int s[2], d[2];
	char b[64];

	if (!T_OK(socketpair(AF_UNIX, SOCK_STREAM, 0, s)))
		return t_status;
	T_INT(send(s[0], "ping", 4, 0), 4);
	T_INT(recv(s[1], b, sizeof b, MSG_PEEK), 4);
	T_INT(recv(s[1], b, sizeof b, 0), 4);
	T(!memcmp(b, "ping", 4));
	T_INT(write(s[1], "pong!", 5), 5);
	T_INT(read(s[0], b, sizeof b), 5);
	T(!memcmp(b, "pong!", 5));
	T_FAIL(recv(s[0], b, sizeof b, MSG_DONTWAIT), EAGAIN);
	T_OK(shutdown(s[0], SHUT_WR));
	T_INT(recv(s[1], b, sizeof b, 0), 0);
	T_INT(send(s[1], "still", 5, 0), 5);
	T_INT(recv(s[0], b, sizeof b, 0), 5);
	close(s[0]);
	close(s[1]);

	if (!T_OK(socketpair(AF_UNIX, SOCK_DGRAM, 0, d)))
		return t_status;
	T_INT(send(d[0], "one", 3, 0), 3);
	T_INT(send(d[0], "two!", 4, 0), 4);
	T_INT(send(d[0], "", 0, 0), 0);
	T_INT(recv(d[1], b, sizeof b, 0), 3);
	T_INT(recv(d[1], b, 2, 0), 2);	/* the rest of "two!" is dropped */
	T_INT(recv(d[1], b, sizeof b, 0), 0);
	T_FAIL(recv(d[1], b, sizeof b, MSG_DONTWAIT), EAGAIN);
	close(d[0]);
	close(d[1]);

	if (T_OK(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s))) {
		T_FAIL(read(s[0], b, 1), EAGAIN);
		close(s[0]);
		close(s[1]);
	}
	return t_status;
}
