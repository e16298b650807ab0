/* umask returns the old mask; chmod, fchmod, fchmodat change the mode
 * bits, including setuid/setgid/sticky on a directory */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

static int mode(const char *p)
{
	struct stat st;
	if (stat(p, &st))
		return -1;
	return st.st_mode & 07777;
}

int main(void)
{
	const char *p = t_tmppath("f");
	int fd;

	umask(027);
	T_INT(umask(022), 027);
	T_INT(umask(022), 022);
	fd = open(p, O_CREAT | O_RDWR, 0777);
	if (!T_OK(fd))
		return t_status;
	T_INT(mode(p), 0755);
	T_OK(chmod(p, 0600));
	T_INT(mode(p), 0600);
	T_OK(fchmod(fd, 0444));
	T_INT(mode(p), 0444);
	T_OK(fchmodat(AT_FDCWD, p, 0640, 0));
	T_INT(mode(p), 0640);
	T_OK(mkdir(t_tmppath("d"), 0700));
	T_OK(chmod(t_tmppath("d"), 01777));
	T_INT(mode(t_tmppath("d")), 01777);
	close(fd);
	return t_status;
}
