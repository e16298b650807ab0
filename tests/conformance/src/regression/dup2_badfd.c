/* dup2(fd, fd) on a closed descriptor fails with EBADF instead of
 * returning fd; dup2 onto a descriptor closes it first atomically and
 * the new one does not inherit close-on-exec */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int p[2];

	T_FAIL(dup2(77, 77), EBADF);
	if (!T_OK(pipe(p)))
		return t_status;
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	T_INT(dup2(p[0], p[1]), p[1]);
	T_INT(fcntl(p[1], F_GETFD), 0);
	/* p[1] now reads the pipe too: the old write end is gone */
	T_FAIL(write(p[1], "x", 1), EBADF);
	close(p[0]);
	close(p[1]);
	return t_status;
}
