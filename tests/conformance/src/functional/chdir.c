/* chdir/fchdir/getcwd: relative paths follow the working directory;
 * getcwd gives the real path; ERANGE for a small buffer */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	char real[PATH_MAX], cwd[PATH_MAX], small[2], *p;
	struct stat st;
	int fd, dfd;

	if (!T(realpath(t_tmpdir(), real) != 0))
		return t_status;
	T_OK(mkdir(t_tmppath("sub"), 0700));
	dfd = open("/", O_RDONLY | O_DIRECTORY);
	T_OK(chdir(t_tmpdir()));
	T(getcwd(cwd, sizeof cwd) == cwd);
	T_STR(cwd, real);
	fd = open("rel", O_CREAT | O_WRONLY, 0600);
	T_OK(fd);
	close(fd);
	T_OK(stat(t_tmppath("rel"), &st));
	T_OK(chdir("sub"));
	T_OK(stat("../rel", &st));
	T_FAIL(getcwd(small, sizeof small) ? 0 : -1, ERANGE);
	p = getcwd(0, 0);
	T(p && !strncmp(p, real, strlen(real)) && !strcmp(p + strlen(real), "/sub"));
	free(p);
	T_OK(fchdir(dfd));
	T(getcwd(cwd, sizeof cwd) && !strcmp(cwd, "/"));
	T_FAIL(chdir(t_tmppath("rel")), ENOTDIR);
	close(dfd);
	return t_status;
}
