/* mkdir/rmdir/unlink and the *at forms: modes, EEXIST, ENOTEMPTY,
 * ENOTDIR, EISDIR, unlinkat with AT_REMOVEDIR, link counts of parents */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	struct stat st;
	int dfd, fd;

	umask(0);
	T_OK(mkdir(t_tmppath("d"), 0751));
	T_OK(stat(t_tmppath("d"), &st));
	T(S_ISDIR(st.st_mode));
	T_INT(st.st_mode & 0777, 0751);
	T_INT(st.st_nlink, 2);
	T_FAIL(mkdir(t_tmppath("d"), 0700), EEXIST);
	T_FAIL(mkdir(t_tmppath("no/such"), 0700), ENOENT);
	T_OK(mkdir(t_tmppath("d/sub"), 0700));
	T_OK(stat(t_tmppath("d"), &st));
	T_INT(st.st_nlink, 3);
	T(rmdir(t_tmppath("d")) == -1 && (errno == ENOTEMPTY || errno == EEXIST));
	fd = open(t_tmppath("d/file"), O_CREAT | O_WRONLY, 0600);
	close(fd);
	T_FAIL(rmdir(t_tmppath("d/file")), ENOTDIR);
	T_FAIL(unlink(t_tmppath("d/sub")), EISDIR);

	dfd = open(t_tmppath("d"), O_RDONLY | O_DIRECTORY);
	T_OK(dfd);
	T_OK(mkdirat(dfd, "at", 0700));
	T_OK(fstatat(dfd, "at", &st, 0));
	T(S_ISDIR(st.st_mode));
	fd = openat(dfd, "at/f", O_CREAT | O_WRONLY, 0600);
	T_OK(fd);
	close(fd);
	T_OK(unlinkat(dfd, "at/f", 0));
	T_FAIL(unlinkat(dfd, "at", 0), EISDIR);
	T_OK(unlinkat(dfd, "at", AT_REMOVEDIR));
	T_OK(unlinkat(dfd, "file", 0));
	T_OK(unlinkat(dfd, "sub", AT_REMOVEDIR));
	close(dfd);
	T_OK(rmdir(t_tmppath("d")));
	T_FAIL(rmdir(t_tmppath("d")), ENOENT);
	return t_status;
}
