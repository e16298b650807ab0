/* realpath resolves ".", "..", repeated slashes and symlinks; ENOENT for a
 * missing file */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	char base[PATH_MAX], want[PATH_MAX], in[PATH_MAX], out[PATH_MAX], *p;

	/* /tmp itself may be a symlink: resolve the directory first */
	if (!T(realpath(t_tmpdir(), base) != 0))
		return t_status;
	T(base[0] == '/');
	T_OK(mkdir(t_tmppath("d"), 0700));
	T_OK(mkdir(t_tmppath("d/e"), 0700));
	T_OK(symlink("d/e", t_tmppath("l")));
	T_OK(symlink("/nonexistent-target", t_tmppath("dangling")));

	snprintf(in, sizeof in, "%s//d/./e/../e/", t_tmpdir());
	snprintf(want, sizeof want, "%s/d/e", base);
	T(realpath(in, out) == out);
	T_STR(out, want);
	snprintf(in, sizeof in, "%s/l/..", t_tmpdir());
	snprintf(want, sizeof want, "%s/d", base);
	T(realpath(in, out) != 0);
	T_STR(out, want);
	p = realpath("/", 0);
	T(p != 0 && !strcmp(p, "/"));
	free(p);
	snprintf(in, sizeof in, "%s/missing", t_tmpdir());
	errno = 0;
	T(realpath(in, out) == 0 && errno == ENOENT);
	snprintf(in, sizeof in, "%s/dangling", t_tmpdir());
	errno = 0;
	T(realpath(in, out) == 0 && errno == ENOENT);
	return t_status;
}
