/* open: O_CREAT with the mode masked by umask, O_EXCL on an existing file,
 * O_TRUNC, ENOENT without O_CREAT, O_DIRECTORY on a file, O_CLOEXEC */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	const char *p = t_tmppath("f");
	struct stat st;
	int fd;

	umask(022);
	T_FAIL(open(p, O_RDONLY), ENOENT);
	fd = open(p, O_RDWR | O_CREAT | O_EXCL, 0666);
	if (!T_OK(fd))
		return t_status;
	T_OK(fstat(fd, &st));
	T_INT(st.st_mode & 07777, 0644);
	T_INT(write(fd, "abcdef", 6), 6);
	close(fd);
	T_FAIL(open(p, O_RDWR | O_CREAT | O_EXCL, 0600), EEXIST);
	fd = open(p, O_RDWR | O_CREAT, 0600);
	T_OK(fd);
	T_OK(fstat(fd, &st));
	T_INT(st.st_size, 6);
	close(fd);
	fd = open(p, O_WRONLY | O_TRUNC);
	T_OK(fstat(fd, &st));
	T_INT(st.st_size, 0);
	close(fd);
	T_FAIL(open(p, O_RDONLY | O_DIRECTORY), ENOTDIR);
	fd = open(p, O_RDONLY | O_CLOEXEC);
	T(fcntl(fd, F_GETFD) == FD_CLOEXEC);
	close(fd);
	fd = open(t_tmpdir(), O_RDONLY | O_DIRECTORY);
	T_OK(fd);
	T_FAIL(write(fd, "x", 1), EBADF);
	close(fd);
	T_FAIL(open(t_tmpdir(), O_WRONLY), EISDIR);
	umask(077);
	fd = open(t_tmppath("g"), O_WRONLY | O_CREAT, 0666);
	T_OK(fstat(fd, &st));
	T_INT(st.st_mode & 0777, 0600);
	close(fd);
	return t_status;
}
