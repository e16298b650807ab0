/* pread/pwrite use their own offset and leave the file offset alone;
 * ESPIPE on a pipe */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	char b[16];
	int p[2], fd = open(t_tmppath("f"), O_RDWR | O_CREAT, 0600);

	if (!T_OK(fd))
		return t_status;
	T_INT(write(fd, "abcdefgh", 8), 8);
	T_INT(lseek(fd, 3, SEEK_SET), 3);
	T_INT(pwrite(fd, "XY", 2, 6), 2);
	T_INT(lseek(fd, 0, SEEK_CUR), 3);
	T_INT(pread(fd, b, 4, 5), 3);
	T(!memcmp(b, "fXY", 3));
	T_INT(lseek(fd, 0, SEEK_CUR), 3);
	T_INT(pwrite(fd, "Z", 1, 12), 1);
	T_INT(pread(fd, b, 16, 0), 13);
	T(!memcmp(b, "abcdefXY\0\0\0\0Z", 13));
	T_INT(pread(fd, b, 4, 100), 0);
	T_FAIL(pread(fd, b, 1, -1), EINVAL);
	close(fd);
	if (T_OK(pipe(p))) {
		T_FAIL(pwrite(p[1], "x", 1, 0), ESPIPE);
		T_FAIL(lseek(p[0], 0, SEEK_SET), ESPIPE);
		close(p[0]);
		close(p[1]);
	}
	return t_status;
}
