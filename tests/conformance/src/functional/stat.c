/* stat, fstat, lstat, fstatat: file types, sizes, link counts, inode
 * identity, symlinks followed or not, ENOENT and ENOTDIR */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	struct stat a, b, l;
	int fd = open(t_tmppath("f"), O_RDWR | O_CREAT, 0640), dfd;

	if (!T_OK(fd))
		return t_status;
	T_INT(write(fd, "hello", 5), 5);
	T_OK(fstat(fd, &a));
	T(S_ISREG(a.st_mode));
	T_INT(a.st_size, 5);
	T_INT(a.st_nlink, 1);
	T_INT(a.st_mode & 0777, 0640);
	T_INT(a.st_uid, geteuid());
	T_OK(stat(t_tmppath("f"), &b));
	T(a.st_ino == b.st_ino && a.st_dev == b.st_dev);
	T_OK(link(t_tmppath("f"), t_tmppath("hard")));
	T_OK(stat(t_tmppath("f"), &b));
	T_INT(b.st_nlink, 2);
	T_OK(symlink("f", t_tmppath("sym")));
	T_OK(lstat(t_tmppath("sym"), &l));
	T(S_ISLNK(l.st_mode));
	T_INT(l.st_size, 1);
	T_OK(stat(t_tmppath("sym"), &l));
	T(S_ISREG(l.st_mode) && l.st_ino == a.st_ino);
	T_OK(stat(t_tmpdir(), &b));
	T(S_ISDIR(b.st_mode));
	T_OK(stat("/dev/null", &b));
	T(S_ISCHR(b.st_mode));
	dfd = open(t_tmpdir(), O_RDONLY | O_DIRECTORY);
	T_OK(fstatat(dfd, "sym", &l, AT_SYMLINK_NOFOLLOW));
	T(S_ISLNK(l.st_mode));
	T_OK(fstatat(dfd, "sym", &l, 0));
	T(S_ISREG(l.st_mode));
	close(dfd);
	T_FAIL(stat(t_tmppath("missing"), &b), ENOENT);
	T_FAIL(stat(t_tmppath("f/x"), &b), ENOTDIR);
	T_OK(unlink(t_tmppath("f")));
	T_OK(fstat(fd, &a));
	T_INT(a.st_nlink, 1);
	close(fd);
	return t_status;
}
