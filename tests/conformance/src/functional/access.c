/* access/faccessat: F_OK, R_OK, W_OK; X_OK fails for a file without any
 * execute bit even for root; ENOENT, ENOTDIR */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	const char *p = t_tmppath("f");
	int fd = open(p, O_CREAT | O_WRONLY, 0644);

	if (!T_OK(fd))
		return t_status;
	close(fd);
	T_OK(access(p, F_OK));
	T_OK(access(p, R_OK | W_OK));
	T_FAIL(access(p, X_OK), EACCES);
	T_OK(chmod(p, 0755));
	T_OK(access(p, X_OK));
	T_OK(access(t_tmpdir(), X_OK | W_OK));
	T_FAIL(access(t_tmppath("none"), F_OK), ENOENT);
	T_FAIL(access(t_tmppath("f/x"), F_OK), ENOTDIR);
	T_OK(faccessat(AT_FDCWD, p, R_OK, 0));
	T_FAIL(access(p, 0x40), EINVAL);
	return t_status;
}
