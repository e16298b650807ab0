/* UDP on 127.0.0.1: two sockets bound to port 0, sendto/recvfrom with the
 * source address, connect, and datagram boundaries */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "test.h"

static int bound(struct sockaddr_in *a)
{
	socklen_t len = sizeof *a;
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	memset(a, 0, sizeof *a);
	a->sin_family = AF_INET;
	a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0 || bind(s, (struct sockaddr *)a, sizeof *a) ||
	    getsockname(s, (struct sockaddr *)a, &len)) {
		t_error("UDP socket on 127.0.0.1: %s\n", t_errstr());
		return -1;
	}
	return s;
}

int main(void)
{
	struct sockaddr_in a, b, from;
	socklen_t len;
	int sa = bound(&a), sb = bound(&b);
	char buf[64];

	if (sa < 0 || sb < 0)
		return t_status;
	T(a.sin_port != 0 && b.sin_port != 0 && a.sin_port != b.sin_port);
	T_INT(sendto(sa, "first", 5, 0, (struct sockaddr *)&b, sizeof b), 5);
	T_INT(sendto(sa, "second", 6, 0, (struct sockaddr *)&b, sizeof b), 6);
	len = sizeof from;
	T_INT(recvfrom(sb, buf, sizeof buf, 0, (struct sockaddr *)&from, &len), 5);
	T(!memcmp(buf, "first", 5));
	T(from.sin_port == a.sin_port && from.sin_addr.s_addr == htonl(INADDR_LOOPBACK));
	T_INT(recv(sb, buf, sizeof buf, 0), 6);
	T_OK(connect(sb, (struct sockaddr *)&a, sizeof a));
	T_INT(send(sb, "back", 4, 0), 4);
	T_INT(recv(sa, buf, sizeof buf, 0), 4);
	T(!memcmp(buf, "back", 4));
	T_FAIL(recv(sa, buf, sizeof buf, MSG_DONTWAIT), EAGAIN);
	close(sa);
	close(sb);
	return t_status;
}
