/* a private directory under /tmp for each test, removed at exit */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

static char dir[64];

int t_rmtree(const char *path)
{
	struct stat st;
	struct dirent *de;
	DIR *d;
	char sub[4096];
	int r = 0;

	if (lstat(path, &st))
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(st.st_mode))
		return unlink(path);
	d = opendir(path);
	if (!d)
		return -1;
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		if (snprintf(sub, sizeof sub, "%s/%s", path, de->d_name) >= (int)sizeof sub)
			r = -1;
		else if (t_rmtree(sub))
			r = -1;
	}
	closedir(d);
	return rmdir(path) || r ? -1 : 0;
}

static void cleanup(void)
{
	if (dir[0] && t_rmtree(dir))
		t_error("cannot remove %s: %s\n", dir, t_errstr());
}

const char *t_tmpdir(void)
{
	if (dir[0])
		return dir;
	strcpy(dir, "/tmp/t-XXXXXX");
	if (!mkdtemp(dir)) {
		t_error("mkdtemp(/tmp/t-XXXXXX): %s\n", t_errstr());
		/* tests go on and fail on their own paths */
		strcpy(dir, "/nonexistent-tmpdir");
		return dir;
	}
	atexit(cleanup);
	return dir;
}

const char *t_tmppath(const char *name)
{
	static char buf[4][4096];
	static int i;
	char *p = buf[i++ % 4];
	snprintf(p, sizeof buf[0], "%s/%s", t_tmpdir(), name);
	return p;
}
