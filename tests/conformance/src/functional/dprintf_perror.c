/* dprintf to a descriptor; perror and %m format errno's message on stderr */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int p[2], saved;
	char b[128], want[128];
	ssize_t n;

	if (!T_OK(pipe(p)))
		return t_status;
	T_INT(dprintf(p[1], "%s=%d\n", "x", 3), 4);
	n = read(p[0], b, sizeof b - 1);
	b[n > 0 ? n : 0] = 0;
	T_STR(b, "x=3\n");

	saved = dup(2);
	dup2(p[1], 2);
	errno = ENOENT;
	perror("prefix");
	errno = 0;
	perror(0);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	n = read(p[0], b, sizeof b - 1);
	b[n > 0 ? n : 0] = 0;
	snprintf(want, sizeof want, "prefix: %s\n%s\n", strerror(ENOENT), strerror(0));
	T_STR(b, want);
	T_STR(strerror(ENOENT), "No such file or directory");
	return t_status;
}
