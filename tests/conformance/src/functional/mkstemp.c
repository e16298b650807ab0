/* mkstemp and mkdtemp: the Xs are replaced, names are unique, the file is
 * new with mode 0600 and open read-write; a bad template gives EINVAL */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	char a[4096], b[4096], d[4096], bad[64];
	struct stat st;
	int fa, fb;

	snprintf(a, sizeof a, "%s/fileXXXXXX", t_tmpdir());
	strcpy(b, a);
	fa = mkstemp(a);
	fb = mkstemp(b);
	T_OK(fa);
	T_OK(fb);
	T(strcmp(a, b) != 0);
	T(strstr(a, "XXXXXX") == 0);
	T_INT(strlen(a), strlen(b));
	T_OK(fstat(fa, &st));
	T(S_ISREG(st.st_mode));
	T_INT(st.st_mode & 0777, 0600);
	T_INT(st.st_size, 0);
	T_INT(write(fa, "ok", 2), 2);
	T_INT(pread(fa, bad, 2, 0), 2);
	close(fa);
	close(fb);

	snprintf(d, sizeof d, "%s/dirXXXXXX", t_tmpdir());
	T(mkdtemp(d) == d);
	T_OK(stat(d, &st));
	T(S_ISDIR(st.st_mode));
	T_INT(st.st_mode & 0777, 0700);

	snprintf(bad, sizeof bad, "%s/XXXXX", t_tmpdir());
	errno = 0;
	T_FAIL(mkstemp(bad), EINVAL);
	snprintf(bad, sizeof bad, "%s/XXXXXXy", t_tmpdir());
	T_FAIL(mkstemp(bad), EINVAL);
	return t_status;
}
