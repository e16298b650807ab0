/* fdopen on a pipe and a file, fileno, freopen onto another file */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int p[2], fd;
	char b[32];
	FILE *r, *w, *f;

	if (!T_OK(pipe(p)))
		return t_status;
	T((w = fdopen(p[1], "w")) != 0);
	T((r = fdopen(p[0], "r")) != 0);
	T_INT(fileno(w), p[1]);
	fprintf(w, "via pipe %d\n", 5);
	fclose(w);
	T(fgets(b, sizeof b, r) != 0);
	T_STR(b, "via pipe 5\n");
	T(fgets(b, sizeof b, r) == 0 && feof(r));
	fclose(r);

	fd = open(t_tmppath("a"), O_RDWR | O_CREAT, 0600);
	T_OK(fd);
	T_OK(write(fd, "abcdef", 6));
	lseek(fd, 2, SEEK_SET);
	/* the stream starts at the descriptor's offset */
	f = fdopen(fd, "r+");
	T(f != 0);
	T_INT(fgetc(f), 'c');
	fclose(f);
	/* closing the stream closed the descriptor */
	T_FAIL(close(fd), EBADF);

	f = fopen(t_tmppath("a"), "r");
	T(f != 0);
	f = freopen(t_tmppath("b"), "w", f);
	T(f != 0);
	fputs("reopened", f);
	fclose(f);
	f = fopen(t_tmppath("b"), "r");
	T(f != 0);
	T(fgets(b, sizeof b, f) != 0);
	T_STR(b, "reopened");
	fclose(f);
	return t_status;
}
