/* symlink and readlink: no terminating NUL, truncation to the buffer,
 * EINVAL on a file that is not a link, ELOOP for a loop, dangling links */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	char b[64];
	ssize_t n;
	int fd;

	T_OK(symlink("target/path", t_tmppath("l")));
	memset(b, 'x', sizeof b);
	n = readlink(t_tmppath("l"), b, sizeof b);
	T_INT(n, 11);
	T(!memcmp(b, "target/path", 11) && b[11] == 'x');
	T_INT(readlink(t_tmppath("l"), b, 4), 4);
	T(!memcmp(b, "targ", 4));
	T_FAIL(symlink("other", t_tmppath("l")), EEXIST);
	fd = open(t_tmppath("f"), O_CREAT | O_WRONLY, 0600);
	close(fd);
	T_FAIL(readlink(t_tmppath("f"), b, sizeof b), EINVAL);
	T_FAIL(readlink(t_tmppath("none"), b, sizeof b), ENOENT);
	T_OK(symlink("loop2", t_tmppath("loop1")));
	T_OK(symlink("loop1", t_tmppath("loop2")));
	T_FAIL(open(t_tmppath("loop1"), O_RDONLY), ELOOP);
	T_FAIL(open(t_tmppath("l"), O_RDONLY), ENOENT);
	T_FAIL(open(t_tmppath("l"), O_RDONLY | O_NOFOLLOW), ELOOP);
	/* a relative link is resolved from its own directory */
	T_OK(symlink("f", t_tmppath("rel")));
	fd = open(t_tmppath("rel"), O_RDONLY);
	T_OK(fd);
	close(fd);
	return t_status;
}
