#define _DEFAULT_SOURCE
/* locks within one process: fcntl record locks (F_SETLK, F_GETLK, an
 * unlock splitting a range; a process never conflicts with itself) and
 * flock, where two open file descriptions do conflict */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	struct flock l;
	int fd = open(t_tmppath("f"), O_RDWR | O_CREAT, 0600), fd2;

	if (!T_OK(fd))
		return t_status;
	memset(&l, 0, sizeof l);
	l.l_type = F_WRLCK;
	l.l_whence = SEEK_SET;
	l.l_start = 0;
	l.l_len = 100;
	T_OK(fcntl(fd, F_SETLK, &l));
	l.l_type = F_RDLCK;
	T_OK(fcntl(fd, F_GETLK, &l));
	T_INT(l.l_type, F_UNLCK);
	l.l_type = F_UNLCK;
	l.l_start = 10;
	l.l_len = 10;
	T_OK(fcntl(fd, F_SETLK, &l));
	l.l_type = F_RDLCK;
	l.l_start = 0;
	l.l_len = 0;
	T_OK(fcntl(fd, F_SETLK, &l));
	l.l_type = 12345;
	T_FAIL(fcntl(fd, F_SETLK, &l), EINVAL);

	/* flock: a second open file description conflicts with the first */
	fd2 = open(t_tmppath("f"), O_RDWR);
	T_OK(flock(fd, LOCK_EX));
	T_FAIL(flock(fd2, LOCK_EX | LOCK_NB), EWOULDBLOCK);
	T_OK(flock(fd, LOCK_UN));
	T_OK(flock(fd2, LOCK_EX | LOCK_NB));
	T_OK(flock(fd2, LOCK_SH));
	T_OK(flock(fd, LOCK_SH | LOCK_NB));
	close(fd2);
	close(fd);
	return t_status;
}
