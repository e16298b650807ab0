/* strerror and strerror_r (XSI): distinct messages, small buffers */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

int main(void)
{
	char b[256], small[4];
	int r;

	T_STR(strerror(EINVAL), "Invalid argument");
	T_STR(strerror(EACCES), "Permission denied");
	T_STR(strerror(ENOENT), "No such file or directory");
	T(strcmp(strerror(EAGAIN), strerror(EINTR)) != 0);
	T(strerror(12345) != 0 && strerror(12345)[0] != 0);
	T(strerror(-1) != 0);
	T_INT(strerror_r(EPERM, b, sizeof b), 0);
	T_STR(b, strerror(EPERM));
	r = strerror_r(EPERM, small, sizeof small);
	T_INT(r, ERANGE);
	/* strerror_r does not change errno on success */
	errno = 77;
	strerror_r(ENOENT, b, sizeof b);
	T_INT(errno, 77);
	return t_status;
}
