/* pipe2 with O_CLOEXEC and O_NONBLOCK: the flags are set on both ends;
 * a non-blocking read of an empty pipe and a write to a full one give
 * EAGAIN; a partial write fills the pipe to the brim */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int p[2];
	char b[4096], c;
	long total = 0;
	ssize_t n;

	if (!T_OK(pipe2(p, O_CLOEXEC | O_NONBLOCK)))
		return t_status;
	T_INT(fcntl(p[0], F_GETFD), FD_CLOEXEC);
	T_INT(fcntl(p[1], F_GETFD), FD_CLOEXEC);
	T(fcntl(p[0], F_GETFL) & O_NONBLOCK);
	T(fcntl(p[1], F_GETFL) & O_NONBLOCK);
	T_FAIL(read(p[0], &c, 1), EAGAIN);
	memset(b, 'f', sizeof b);
	while ((n = write(p[1], b, sizeof b)) > 0)
		total += n;
	T_FAIL(n, EAGAIN);
	T(total >= 4096);
	T_FAIL(write(p[1], "x", 1), EAGAIN);
	T_INT(read(p[0], b, sizeof b), sizeof b);
	T_INT(write(p[1], "x", 1), 1);
	close(p[0]);
	close(p[1]);

	T_OK(pipe2(p, 0));
	T_INT(fcntl(p[0], F_GETFD), 0);
	T_INT(fcntl(p[1], F_GETFL) & O_NONBLOCK, 0);
	close(p[0]);
	close(p[1]);
	T_FAIL(pipe2(p, 0x7fff0000 & ~(O_CLOEXEC | O_NONBLOCK | O_DIRECT)), EINVAL);
	return t_status;
}
