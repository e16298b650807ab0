/* setvbuf: full buffering holds output until fflush, line buffering
 * writes at each newline, no buffering writes at once; observed at the
 * read end of a non-blocking pipe */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

static int pending(int fd, char *b)
{
	int n = read(fd, b, 511);
	if (n < 0)
		n = 0;
	b[n] = 0;
	return n;
}

int main(void)
{
	int p[2];
	char b[512], fb[256];
	FILE *f;

	if (!T_OK(pipe(p)))
		return t_status;
	fcntl(p[0], F_SETFL, O_NONBLOCK);
	f = fdopen(p[1], "w");
	T(f != 0);

	T_INT(setvbuf(f, fb, _IOFBF, sizeof fb), 0);
	fputs("full\n", f);
	T_INT(pending(p[0], b), 0);
	fflush(f);
	T_INT(pending(p[0], b), 5);
	T_STR(b, "full\n");
	/* more than the buffer holds is written out */
	memset(b, 'x', 300);
	fwrite(b, 1, 300, f);
	T(pending(p[0], b) > 0);
	fflush(f);
	pending(p[0], b);

	T_INT(setvbuf(f, 0, _IOLBF, 64), 0);
	fputs("line", f);
	T_INT(pending(p[0], b), 0);
	fputs(" end\n", f);
	T_INT(pending(p[0], b), 9);
	T_STR(b, "line end\n");
	fputs("rest", f);
	T_INT(pending(p[0], b), 0);
	fflush(f);
	T_INT(pending(p[0], b), 4);

	T_INT(setvbuf(f, 0, _IONBF, 0), 0);
	fputc('c', f);
	T_INT(pending(p[0], b), 1);
	fprintf(f, "%d", 12345);
	T_INT(pending(p[0], b), 5);
	fclose(f);
	close(p[0]);
	return t_status;
}
