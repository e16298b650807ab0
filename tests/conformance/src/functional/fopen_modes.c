/* fopen modes: w truncates, a appends, r+ keeps, x is exclusive, e sets
 * close-on-exec, r of a missing file fails with ENOENT */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static void content(const char *path, const char *want)
{
	char b[64] = "";
	FILE *f = fopen(path, "r");
	if (!T(f != 0))
		return;
	b[fread(b, 1, sizeof b - 1, f)] = 0;
	fclose(f);
	T_STR(b, want);
}

int main(void)
{
	const char *p = t_tmppath("f");
	FILE *f;

	errno = 0;
	T(fopen(p, "r") == 0 && errno == ENOENT);
	T((f = fopen(p, "w")) != 0);
	fputs("hello", f);
	T_INT(fclose(f), 0);
	content(p, "hello");

	T((f = fopen(p, "a")) != 0);
	fputs(" world", f);
	fclose(f);
	content(p, "hello world");

	T((f = fopen(p, "r+")) != 0);
	fputs("J", f);
	fclose(f);
	content(p, "Jello world");

	/* a+: reads from the start, writes at the end */
	T((f = fopen(p, "a+")) != 0);
	T_INT(fgetc(f), 'J');
	fseek(f, 0, SEEK_SET);
	fputs("!", f);
	fclose(f);
	content(p, "Jello world!");

	T((f = fopen(p, "w")) != 0);
	fclose(f);
	content(p, "");

	errno = 0;
	T(fopen(p, "wx") == 0 && errno == EEXIST);
	T((f = fopen(t_tmppath("g"), "wxe")) != 0);
	T(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC);
	fclose(f);
	T((f = fopen(p, "r")) != 0);
	T(!(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC));
	/* writing to a read-only stream fails and sets the error flag */
	T(fputc('x', f) == EOF);
	T(ferror(f));
	fclose(f);
	return t_status;
}
