/* ftruncate and truncate shrink and grow files; the new part reads as
 * zeros; EINVAL for a negative length, on a read-only descriptor */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	const char *p = t_tmppath("f");
	struct stat st;
	char b[16];
	int fd = open(p, O_RDWR | O_CREAT, 0600), ro;

	if (!T_OK(fd))
		return t_status;
	T_INT(write(fd, "0123456789", 10), 10);
	T_OK(ftruncate(fd, 4));
	T_OK(fstat(fd, &st));
	T_INT(st.st_size, 4);
	T_OK(ftruncate(fd, 8));
	T_INT(pread(fd, b, sizeof b, 0), 8);
	T(!memcmp(b, "0123\0\0\0\0", 8));
	/* the offset is not changed: the next write leaves a hole */
	T_INT(lseek(fd, 0, SEEK_CUR), 10);
	T_OK(truncate(p, 1 << 20));
	T_OK(stat(p, &st));
	T_INT(st.st_size, 1 << 20);
	T_INT(pread(fd, b, 2, (1 << 20) - 2), 2);
	T(b[0] == 0 && b[1] == 0);
	T_FAIL(ftruncate(fd, -1), EINVAL);
	ro = open(p, O_RDONLY);
	T(ftruncate(ro, 0) == -1 && (errno == EINVAL || errno == EBADF));
	close(ro);
	T_OK(truncate(p, 0));
	T_OK(fstat(fd, &st));
	T_INT(st.st_size, 0);
	close(fd);
	return t_status;
}
