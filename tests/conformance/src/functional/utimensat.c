/* utimensat/futimens: explicit times with nanoseconds, UTIME_OMIT,
 * UTIME_NOW, AT_SYMLINK_NOFOLLOW on a link; utime */
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include "test.h"

int main(void)
{
	const char *p = t_tmppath("f");
	struct timespec ts[2];
	struct utimbuf ub;
	struct stat st;
	time_t before;
	int fd = open(p, O_CREAT | O_WRONLY, 0600);

	if (!T_OK(fd))
		return t_status;
	ts[0].tv_sec = 1000000000;
	ts[0].tv_nsec = 123456789;
	ts[1].tv_sec = 1500000000;
	ts[1].tv_nsec = 987654321;
	T_OK(utimensat(AT_FDCWD, p, ts, 0));
	T_OK(stat(p, &st));
	T_INT(st.st_atim.tv_sec, 1000000000);
	T_INT(st.st_mtim.tv_sec, 1500000000);
	/* tmpfs and ext4 keep nanoseconds */
	T_INT(st.st_mtim.tv_nsec, 987654321);

	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_sec = 42;
	ts[1].tv_nsec = 0;
	T_OK(futimens(fd, ts));
	T_OK(fstat(fd, &st));
	T_INT(st.st_atim.tv_sec, 1000000000);
	T_INT(st.st_mtime, 42);

	before = time(0);
	ts[0].tv_nsec = UTIME_NOW;
	ts[1].tv_nsec = UTIME_OMIT;
	T_OK(futimens(fd, ts));
	T_OK(fstat(fd, &st));
	T(st.st_atime >= before && st.st_atime <= time(0));
	T_INT(st.st_mtime, 42);
	T_OK(utimensat(AT_FDCWD, p, 0, 0));
	T_OK(fstat(fd, &st));
	T(st.st_mtime >= before);

	T_OK(symlink("f", t_tmppath("l")));
	ts[0].tv_sec = ts[1].tv_sec = 7;
	ts[0].tv_nsec = ts[1].tv_nsec = 0;
	T_OK(utimensat(AT_FDCWD, t_tmppath("l"), ts, AT_SYMLINK_NOFOLLOW));
	T_OK(lstat(t_tmppath("l"), &st));
	T_INT(st.st_mtime, 7);
	T_OK(stat(p, &st));
	T(st.st_mtime >= before);

	ub.actime = 100;
	ub.modtime = 200;
	T_OK(utime(p, &ub));
	T_OK(stat(p, &st));
	T(st.st_atime == 100 && st.st_mtime == 200);
	close(fd);
	return t_status;
}
