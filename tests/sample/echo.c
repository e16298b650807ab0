/* The musl-ukl network sample: a TCP echo server on epoll, one source built
 * both as a UKL app and as a normal static program.  Running it listens on
 * the port given as argv[1] (default 7777), echoes every line back, and
 * exits when a client sends "quit". */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>

static int die(const char *what)
{
	printf("echo: %s: %s\n", what, strerror(errno));
	return 1;
}

int main(int argc, char **argv)
{
	struct sockaddr_in addr = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_ANY) };
	struct epoll_event ev, events[16];
	int lfd, ep, one = 1, n, i;
	char buf[512];

	addr.sin_port = htons(argc > 1 ? atoi(argv[1]) : 7777);
	lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	if (lfd < 0)
		return die("socket");
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	if (bind(lfd, (struct sockaddr *)&addr, sizeof addr) || listen(lfd, 8))
		return die("bind/listen");
	ep = epoll_create1(0);
	ev.events = EPOLLIN;
	ev.data.fd = lfd;
	if (ep < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, lfd, &ev))
		return die("epoll");
	printf("echo: listening on port %d\n", ntohs(addr.sin_port));
	fflush(stdout);
	for (;;) {
		n = epoll_wait(ep, events, 16, -1);
		if (n < 0 && errno != EINTR)
			return die("epoll_wait");
		for (i = 0; i < n; i++) {
			int fd = events[i].data.fd;
			ssize_t got;

			if (fd == lfd) {
				int c = accept4(lfd, 0, 0, SOCK_NONBLOCK);

				if (c < 0)
					continue;
				ev.events = EPOLLIN;
				ev.data.fd = c;
				epoll_ctl(ep, EPOLL_CTL_ADD, c, &ev);
				continue;
			}
			got = read(fd, buf, sizeof buf);
			if (got <= 0) {
				close(fd);
				continue;
			}
			if (got >= 4 && !memcmp(buf, "quit", 4)) {
				write(fd, "bye\n", 4);
				printf("echo: quit\n");
				return 0;
			}
			write(fd, buf, got);
		}
	}
}
