/* passing a descriptor over an AF_UNIX socket with SCM_RIGHTS and the CMSG
 * macros: the received descriptor refers to the same open file */
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int s[2], p[2], fd = -1;
	char data = 'x', buf[16];
	union { struct cmsghdr h; char b[CMSG_SPACE(sizeof(int))]; } u;
	struct iovec iov = { &data, 1 };
	struct msghdr m;
	struct cmsghdr *c;

	if (!T_OK(socketpair(AF_UNIX, SOCK_STREAM, 0, s)) || !T_OK(pipe(p)))
		return t_status;
	memset(&m, 0, sizeof m);
	memset(&u, 0, sizeof u);
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = u.b;
	m.msg_controllen = sizeof u.b;
	c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &p[1], sizeof(int));
	T_INT(sendmsg(s[0], &m, 0), 1);

	memset(&m, 0, sizeof m);
	memset(&u, 0, sizeof u);
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = u.b;
	m.msg_controllen = sizeof u.b;
	data = 0;
	T_INT(recvmsg(s[1], &m, 0), 1);
	T_INT(data, 'x');
	c = CMSG_FIRSTHDR(&m);
	if (T(c != 0) && T(c->cmsg_type == SCM_RIGHTS) && T(c->cmsg_len == CMSG_LEN(sizeof(int)))) {
		memcpy(&fd, CMSG_DATA(c), sizeof fd);
		T(fd >= 0 && fd != p[1]);
		T(CMSG_NXTHDR(&m, c) == 0);
	}
	if (fd >= 0) {
		T_INT(write(fd, "via", 3), 3);
		T_INT(read(p[0], buf, sizeof buf), 3);
		T(!memcmp(buf, "via", 3));
	}
	return t_status;
}
