/* AF_UNIX datagram sockets bound in the file system: sendto/recvfrom with
 * the sender's address, connect to fix the peer */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include "test.h"

static struct sockaddr_un addr(const char *name)
{
	struct sockaddr_un a;
	memset(&a, 0, sizeof a);
	a.sun_family = AF_UNIX;
	snprintf(a.sun_path, sizeof a.sun_path, "%s", t_tmppath(name));
	return a;
}

int main(void)
{
	struct sockaddr_un a = addr("a"), b = addr("b"), from;
	socklen_t len;
	int sa, sb;
	char buf[32];

	sa = socket(AF_UNIX, SOCK_DGRAM, 0);
	sb = socket(AF_UNIX, SOCK_DGRAM, 0);
	if (!T_OK(sa) || !T_OK(sb))
		return t_status;
	T_OK(bind(sa, (struct sockaddr *)&a, sizeof a));
	T_OK(bind(sb, (struct sockaddr *)&b, sizeof b));
	T_INT(sendto(sa, "to b", 4, 0, (struct sockaddr *)&b, sizeof b), 4);
	len = sizeof from;
	memset(&from, 0, sizeof from);
	T_INT(recvfrom(sb, buf, sizeof buf, 0, (struct sockaddr *)&from, &len), 4);
	T(!memcmp(buf, "to b", 4));
	T_STR(from.sun_path, a.sun_path);
	T_OK(connect(sb, (struct sockaddr *)&a, sizeof a));
	T_INT(send(sb, "reply", 5, 0), 5);
	T_INT(recv(sa, buf, sizeof buf, 0), 5);
	T(!memcmp(buf, "reply", 5));
	close(sa);
	close(sb);
	return t_status;
}
