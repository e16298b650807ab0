/* TCP on 127.0.0.1: bind to port 0, getsockname gives the port, listen,
 * connect, accept with the peer address, data both ways, TCP_NODELAY,
 * end of file after the peer closes, ECONNREFUSED on a closed port */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	struct sockaddr_in a, peer, local;
	socklen_t len;
	int l, c, s, one = 1, v;
	char b[4096], big[100000];
	size_t done;
	ssize_t n;

	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	a.sin_port = 0;
	l = socket(AF_INET, SOCK_STREAM, 0);
	if (!T_OK(l))
		return t_status;
	T_OK(setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
	if (!T_OK(bind(l, (struct sockaddr *)&a, sizeof a)))
		return t_status;
	len = sizeof a;
	T_OK(getsockname(l, (struct sockaddr *)&a, &len));
	T(a.sin_port != 0);
	T_OK(listen(l, 8));

	c = socket(AF_INET, SOCK_STREAM, 0);
	T_OK(connect(c, (struct sockaddr *)&a, sizeof a));
	len = sizeof peer;
	s = accept(l, (struct sockaddr *)&peer, &len);
	T_OK(s);
	len = sizeof local;
	T_OK(getsockname(c, (struct sockaddr *)&local, &len));
	T(peer.sin_addr.s_addr == htonl(INADDR_LOOPBACK));
	T(peer.sin_port == local.sin_port);
	T_OK(setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one));
	len = sizeof v;
	T_OK(getsockopt(c, IPPROTO_TCP, TCP_NODELAY, &v, &len));
	T(v != 0);
	len = sizeof v;
	T_OK(getsockopt(c, SOL_SOCKET, SO_TYPE, &v, &len));
	T_INT(v, SOCK_STREAM);

	T_INT(send(c, "GET", 3, 0), 3);
	T_INT(recv(s, b, 3, MSG_WAITALL), 3);
	T(!memcmp(b, "GET", 3));
	/* more than one segment, read back in order */
	for (done = 0; done < sizeof big; done++)
		big[done] = done * 31 % 251;
	for (done = 0; done < sizeof big; done += n) {
		ssize_t r, got = 0;
		n = send(s, big + done, sizeof big - done < sizeof b ? sizeof big - done : sizeof b, 0);
		if (!T(n > 0))
			break;
		while (got < n && (r = recv(c, b + got, n - got, 0)) > 0)
			got += r;
		if (got != n || memcmp(b, big + done, n)) {
			t_error("data differ in bytes %zu to %zu\n", done, done + n);
			break;
		}
	}
	close(s);
	T_INT(recv(c, b, sizeof b, 0), 0);
	close(c);
	close(l);

	/* the port is closed now */
	c = socket(AF_INET, SOCK_STREAM, 0);
	T_FAIL(connect(c, (struct sockaddr *)&a, sizeof a), ECONNREFUSED);
	close(c);
	return t_status;
}
