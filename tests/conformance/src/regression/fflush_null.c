/* fflush(NULL) flushes every output stream, including ones opened with
 * fdopen on pipes, and leaves input streams usable */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	int p[2], q[2];
	FILE *a, *b;
	char buf[16];

	if (!T_OK(pipe(p)) || !T_OK(pipe(q)))
		return t_status;
	fcntl(p[0], F_SETFL, O_NONBLOCK);
	fcntl(q[0], F_SETFL, O_NONBLOCK);
	a = fdopen(p[1], "w");
	b = fdopen(q[1], "w");
	fputs("to a", a);
	fputs("to b", b);
	T_FAIL(read(p[0], buf, sizeof buf), EAGAIN);
	T_INT(fflush(0), 0);
	T_INT(read(p[0], buf, sizeof buf), 4);
	T_INT(read(q[0], buf, sizeof buf), 4);
	T(!memcmp(buf, "to b", 4));
	fclose(a);
	fclose(b);
	return t_status;
}
