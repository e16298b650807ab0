/* read/write/lseek: offsets, SEEK_CUR/SEEK_END, holes read as zeros, short
 * read at end of file, readv/writev, EBADF, EINVAL for a negative offset */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	char b[64];
	struct iovec iov[3];
	int fd = open(t_tmppath("f"), O_RDWR | O_CREAT, 0600);

	if (!T_OK(fd))
		return t_status;
	T_INT(write(fd, "0123456789", 10), 10);
	T_INT(lseek(fd, 0, SEEK_CUR), 10);
	T_INT(lseek(fd, 2, SEEK_SET), 2);
	T_INT(read(fd, b, 3), 3);
	T(!memcmp(b, "234", 3));
	T_INT(lseek(fd, -2, SEEK_END), 8);
	T_INT(read(fd, b, sizeof b), 2);
	T_INT(read(fd, b, sizeof b), 0);
	T_INT(lseek(fd, 20, SEEK_SET), 20);
	T_INT(write(fd, "X", 1), 1);
	T_INT(lseek(fd, 9, SEEK_SET), 9);
	T_INT(read(fd, b, sizeof b), 12);
	T(!memcmp(b, "9\0\0\0\0\0\0\0\0\0\0X", 12));
	T_FAIL(lseek(fd, -1, SEEK_SET), EINVAL);
	T_INT(lseek(fd, 0, SEEK_CUR), 21);

	iov[0].iov_base = "ab";
	iov[0].iov_len = 2;
	iov[1].iov_base = "";
	iov[1].iov_len = 0;
	iov[2].iov_base = "cde";
	iov[2].iov_len = 3;
	lseek(fd, 0, SEEK_SET);
	T_INT(writev(fd, iov, 3), 5);
	lseek(fd, 0, SEEK_SET);
	memset(b, 0, sizeof b);
	iov[0].iov_base = b;
	iov[0].iov_len = 1;
	iov[1].iov_base = b + 10;
	iov[1].iov_len = 3;
	T_INT(readv(fd, iov, 2), 4);
	T(b[0] == 'a' && !memcmp(b + 10, "bcd", 3));
	close(fd);
	T_FAIL(read(fd, b, 1), EBADF);
	T_FAIL(write(-1, "x", 1), EBADF);
	return t_status;
}
