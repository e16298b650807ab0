/* rename: a file to a new name, over an existing file, a directory, and
 * the errors ENOENT, EISDIR, ENOTDIR, ENOTEMPTY, EINVAL */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

static void mkfile(const char *name, const char *data)
{
	int fd = open(t_tmppath(name), O_CREAT | O_WRONLY | O_TRUNC, 0600);
	if (T_OK(fd)) {
		T_OK(write(fd, data, 1));
		close(fd);
	}
}

static int first(const char *name)
{
	char c = 0;
	int fd = open(t_tmppath(name), O_RDONLY);
	if (fd < 0)
		return -1;
	if (read(fd, &c, 1) != 1)
		c = -1;
	close(fd);
	return c;
}

int main(void)
{
	struct stat st;

	mkfile("a", "A");
	mkfile("b", "B");
	T_OK(rename(t_tmppath("a"), t_tmppath("c")));
	T_FAIL(stat(t_tmppath("a"), &st), ENOENT);
	T_INT(first("c"), 'A');
	T_OK(rename(t_tmppath("c"), t_tmppath("b")));
	T_INT(first("b"), 'A');
	T_OK(rename(t_tmppath("b"), t_tmppath("b")));
	T_INT(first("b"), 'A');
	T_FAIL(rename(t_tmppath("none"), t_tmppath("x")), ENOENT);

	T_OK(mkdir(t_tmppath("d"), 0700));
	T_OK(mkdir(t_tmppath("e"), 0700));
	mkfile("e/inside", "I");
	T_FAIL(rename(t_tmppath("b"), t_tmppath("d")), EISDIR);
	T_FAIL(rename(t_tmppath("d"), t_tmppath("b")), ENOTDIR);
	T(rename(t_tmppath("d"), t_tmppath("e")) == -1 && (errno == ENOTEMPTY || errno == EEXIST));
	T_FAIL(rename(t_tmppath("d"), t_tmppath("d/sub")), EINVAL);
	T_OK(rename(t_tmppath("e"), t_tmppath("d")));
	T_INT(first("d/inside"), 'I');
	return t_status;
}
