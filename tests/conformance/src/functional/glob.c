/* glob in a directory made for the test: sorted matches, GLOB_NOMATCH,
 * GLOB_NOCHECK, GLOB_MARK, GLOB_APPEND, GLOB_NOSORT, globfree */
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

static void touch(const char *name)
{
	int fd = open(t_tmppath(name), O_CREAT | O_WRONLY, 0600);
	if (!T_OK(fd))
		return;
	close(fd);
}

int main(void)
{
	glob_t g;
	char pat[4096], want[4096];
	size_t i;
	int n;

	touch("b.txt");
	touch("a.txt");
	touch("c.log");
	touch(".h.txt");
	T_OK(mkdir(t_tmppath("sub"), 0700));
	touch("sub/x.txt");

	snprintf(pat, sizeof pat, "%s/*.txt", t_tmpdir());
	memset(&g, 0, sizeof g);
	T_INT(glob(pat, 0, 0, &g), 0);
	T_INT(g.gl_pathc, 2);
	if (g.gl_pathc == 2) {
		T_STR(g.gl_pathv[0], t_tmppath("a.txt"));
		T_STR(g.gl_pathv[1], t_tmppath("b.txt"));
		T(g.gl_pathv[2] == 0);
	}
	globfree(&g);

	snprintf(pat, sizeof pat, "%s/*/*.txt", t_tmpdir());
	T_INT(glob(pat, 0, 0, &g), 0);
	T(g.gl_pathc == 1 && !strcmp(g.gl_pathv[0], t_tmppath("sub/x.txt")));
	globfree(&g);

	snprintf(pat, sizeof pat, "%s/s*", t_tmpdir());
	T_INT(glob(pat, GLOB_MARK, 0, &g), 0);
	snprintf(want, sizeof want, "%s/sub/", t_tmpdir());
	T(g.gl_pathc == 1 && !strcmp(g.gl_pathv[0], want));
	globfree(&g);

	snprintf(pat, sizeof pat, "%s/*.none", t_tmpdir());
	T_INT(glob(pat, 0, 0, &g), GLOB_NOMATCH);
	T_INT(glob(pat, GLOB_NOCHECK, 0, &g), 0);
	T(g.gl_pathc == 1 && !strcmp(g.gl_pathv[0], pat));
	snprintf(pat, sizeof pat, "%s/?.log", t_tmpdir());
	T_INT(glob(pat, GLOB_APPEND, 0, &g), 0);
	T_INT(g.gl_pathc, 2);
	if (g.gl_pathc == 2)
		T_STR(g.gl_pathv[1], t_tmppath("c.log"));
	globfree(&g);

	snprintf(pat, sizeof pat, "%s/[ab].txt", t_tmpdir());
	T_INT(glob(pat, GLOB_NOSORT, 0, &g), 0);
	n = 0;
	for (i = 0; i < g.gl_pathc; i++)
		n += !strcmp(g.gl_pathv[i], t_tmppath("a.txt")) * 1 + !strcmp(g.gl_pathv[i], t_tmppath("b.txt")) * 2;
	T(g.gl_pathc == 2 && n == 3);
	globfree(&g);

	g.gl_offs = 2;
	snprintf(pat, sizeof pat, "%s/a.*", t_tmpdir());
	T_INT(glob(pat, GLOB_DOOFFS, 0, &g), 0);
	T(g.gl_pathv[0] == 0 && g.gl_pathv[1] == 0 && g.gl_pathv[2] && !strcmp(g.gl_pathv[2], t_tmppath("a.txt")));
	globfree(&g);
	return t_status;
}
