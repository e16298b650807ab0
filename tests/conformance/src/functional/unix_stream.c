/* AF_UNIX stream sockets bound in the file system: bind, listen, connect,
 * accept, getsockname/getpeername, data both ways, EADDRINUSE, ECONNREFUSED */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	struct sockaddr_un a, got;
	socklen_t len;
	struct stat st;
	int l, c, s, l2;
	char b[16];

	memset(&a, 0, sizeof a);
	a.sun_family = AF_UNIX;
	snprintf(a.sun_path, sizeof a.sun_path, "%s", t_tmppath("sock"));
	l = socket(AF_UNIX, SOCK_STREAM, 0);
	if (!T_OK(l))
		return t_status;
	T_OK(bind(l, (struct sockaddr *)&a, sizeof a));
	T_OK(stat(a.sun_path, &st));
	T(S_ISSOCK(st.st_mode));
	T_OK(listen(l, 4));

	l2 = socket(AF_UNIX, SOCK_STREAM, 0);
	T_FAIL(bind(l2, (struct sockaddr *)&a, sizeof a), EADDRINUSE);
	close(l2);

	c = socket(AF_UNIX, SOCK_STREAM, 0);
	T_OK(connect(c, (struct sockaddr *)&a, sizeof a));
	s = accept(l, 0, 0);
	T_OK(s);
	len = sizeof got;
	T_OK(getpeername(c, (struct sockaddr *)&got, &len));
	T(got.sun_family == AF_UNIX && !strcmp(got.sun_path, a.sun_path));
	len = sizeof got;
	T_OK(getsockname(l, (struct sockaddr *)&got, &len));
	T_STR(got.sun_path, a.sun_path);
	T_INT(write(c, "hello", 5), 5);
	T_INT(read(s, b, sizeof b), 5);
	T_INT(write(s, "back", 4), 4);
	T_INT(read(c, b, sizeof b), 4);
	T(!memcmp(b, "back", 4));
	close(c);
	T_INT(read(s, b, sizeof b), 0);
	close(s);
	close(l);

	/* the socket file stays, but nobody listens */
	c = socket(AF_UNIX, SOCK_STREAM, 0);
	T_FAIL(connect(c, (struct sockaddr *)&a, sizeof a), ECONNREFUSED);
	close(c);
	T_OK(unlink(a.sun_path));
	c = socket(AF_UNIX, SOCK_STREAM, 0);
	T_FAIL(connect(c, (struct sockaddr *)&a, sizeof a), ENOENT);
	close(c);
	return t_status;
}
