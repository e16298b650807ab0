#define _DEFAULT_SOURCE
/* opendir/readdir/rewinddir/closedir, fdopendir, dirfd, scandir with
 * alphasort: every entry once, "." and "..", the same after rewinddir */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

#define N 40

static int count(DIR *d, int *seen)
{
	struct dirent *de;
	int n = 0, i;

	memset(seen, 0, (N + 2) * sizeof *seen);
	while ((de = readdir(d))) {
		n++;
		if (!strcmp(de->d_name, "."))
			seen[N]++;
		else if (!strcmp(de->d_name, ".."))
			seen[N + 1]++;
		else if (sscanf(de->d_name, "f%d", &i) == 1 && i >= 0 && i < N)
			seen[i]++;
		else
			t_error("unexpected entry %s\n", de->d_name);
	}
	for (i = 0; i < N + 2; i++)
		if (seen[i] != 1)
			t_error("entry %d seen %d times\n", i, seen[i]);
	return n;
}

static int flt(const struct dirent *de)
{
	return de->d_name[0] == 'f';
}

int main(void)
{
	int seen[N + 2], i, fd, n;
	struct dirent **list;
	char name[16];
	DIR *d;

	for (i = 0; i < N; i++) {
		snprintf(name, sizeof name, "f%d", i);
		fd = open(t_tmppath(name), O_CREAT | O_WRONLY, 0600);
		if (!T_OK(fd))
			return t_status;
		close(fd);
	}
	d = opendir(t_tmpdir());
	if (!T(d != 0))
		return t_status;
	T(dirfd(d) >= 0);
	T_INT(count(d, seen), N + 2);
	T(readdir(d) == 0);
	rewinddir(d);
	T_INT(count(d, seen), N + 2);
	T_INT(closedir(d), 0);

	fd = open(t_tmpdir(), O_RDONLY | O_DIRECTORY);
	d = fdopendir(fd);
	if (T(d != 0)) {
		T_INT(dirfd(d), fd);
		T_INT(count(d, seen), N + 2);
		closedir(d);
	}
	n = scandir(t_tmpdir(), &list, flt, alphasort);
	T_INT(n, N);
	for (i = 0; i < n; i++) {
		if (i && strcmp(list[i - 1]->d_name, list[i]->d_name) >= 0)
			t_error("scandir not sorted at %d\n", i);
		free(list[i]);
	}
	if (n > 0) {
		free(list);
	}
	T(opendir(t_tmppath("f1")) == 0);
	return t_status;
}
