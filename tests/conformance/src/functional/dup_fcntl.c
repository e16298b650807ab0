/* dup returns the lowest free descriptor, dup2 replaces a descriptor and
 * clears close-on-exec, dup3 sets it, F_DUPFD/F_DUPFD_CLOEXEC, F_GETFD/
 * F_SETFD, F_GETFL/F_SETFL, shared offsets, EBADF */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int fd = open(t_tmppath("f"), O_RDWR | O_CREAT | O_CLOEXEC, 0600), d, low;
	char c;

	if (!T_OK(fd))
		return t_status;
	low = open("/dev/null", O_RDONLY);
	close(low);
	/* 'low' is now the lowest free descriptor */
	d = dup(fd);
	T_INT(d, low);
	T_INT(fcntl(d, F_GETFD), 0);
	T_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	T_INT(write(fd, "ab", 2), 2);
	/* the duplicate shares the offset */
	T_INT(lseek(d, 0, SEEK_CUR), 2);
	T_INT(lseek(d, 0, SEEK_SET), 0);
	T_INT(read(fd, &c, 1), 1);
	T_INT(c, 'a');
	close(d);

	T_INT(dup2(fd, 50), 50);
	T_INT(fcntl(50, F_GETFD), 0);
	T_INT(dup2(50, 50), 50);
	T_INT(dup3(fd, 51, O_CLOEXEC), 51);
	T_INT(fcntl(51, F_GETFD), FD_CLOEXEC);
	T_FAIL(dup3(fd, fd, 0), EINVAL);
	T_INT(fcntl(fd, F_DUPFD, 60), 60);
	T_INT(fcntl(fd, F_DUPFD, 60), 61);
	d = fcntl(fd, F_DUPFD_CLOEXEC, 70);
	T_INT(d, 70);
	T_INT(fcntl(d, F_GETFD), FD_CLOEXEC);
	T_OK(fcntl(d, F_SETFD, 0));
	T_INT(fcntl(d, F_GETFD), 0);

	T_INT(fcntl(fd, F_GETFL) & (O_ACCMODE | O_APPEND | O_NONBLOCK), O_RDWR);
	T_OK(fcntl(fd, F_SETFL, O_APPEND | O_NONBLOCK));
	T_INT(fcntl(fd, F_GETFL) & (O_ACCMODE | O_APPEND | O_NONBLOCK), O_RDWR | O_APPEND | O_NONBLOCK);
	/* the status flags belong to the open file, shared by duplicates */
	T(fcntl(50, F_GETFL) & O_APPEND);

	T_FAIL(dup(-1), EBADF);
	T_FAIL(dup2(fd, -1), EBADF);
	T_FAIL(fcntl(99, F_GETFD), EBADF);
	close(50);
	T_FAIL(close(50), EBADF);
	close(51);
	close(60);
	close(61);
	close(70);
	close(fd);
	return t_status;
}
