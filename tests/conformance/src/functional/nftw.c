/* nftw over a small tree made for the test: every entry once, types,
 * depth-first post-order with FTW_DEPTH, FTW_PHYS reports symlinks,
 * stopping early with a non-zero return */
#define _XOPEN_SOURCE 700
#include <fcntl.h>
#include <ftw.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

static int files, dirs, links, maxlevel, order_ok = 1, last_was_dir_after_child;
static char lastdir[4096];

static int cb(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)st;
	if (f->level > maxlevel)
		maxlevel = f->level;
	switch (type) {
	case FTW_F: files++; break;
	case FTW_D: case FTW_DP: dirs++; strcpy(lastdir, path); break;
	case FTW_SL: links++; break;
	default: order_ok = 0;
	}
	if (type == FTW_DP && !strcmp(path + f->base, "a"))
		last_was_dir_after_child = files >= 2;
	return 0;
}

static int stop(const char *path, const struct stat *st, int type, struct FTW *f)
{
	(void)path; (void)st; (void)type; (void)f;
	return 7;
}

static void mk(const char *name)
{
	int fd = open(t_tmppath(name), O_CREAT | O_WRONLY, 0600);
	if (T_OK(fd))
		close(fd);
}

int main(void)
{
	T_OK(mkdir(t_tmppath("a"), 0700));
	T_OK(mkdir(t_tmppath("a/b"), 0700));
	mk("a/f1");
	mk("a/b/f2");
	mk("f3");
	T_OK(symlink("a", t_tmppath("link")));
	T_INT(nftw(t_tmpdir(), cb, 8, FTW_PHYS | FTW_DEPTH), 0);
	T_INT(files, 3);
	T_INT(dirs, 3);
	T_INT(links, 1);
	T_INT(maxlevel, 3);
	T_INT(order_ok, 1);
	T_INT(last_was_dir_after_child, 1);
	T_STR(lastdir, t_tmpdir());	/* post-order: the root comes last */
	T_INT(nftw(t_tmpdir(), stop, 8, 0), 7);
	return t_status;
}
