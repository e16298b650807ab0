/* pipe: data in order, end of file when the writer closes, EPIPE and
 * SIGPIPE when the reader is gone, atomic writes of PIPE_BUF bytes */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

static volatile sig_atomic_t got_pipe;
static void on_pipe(int sig) { got_pipe = sig; }

int main(void)
{
	int p[2];
	char b[PIPE_BUF], r[PIPE_BUF];
	struct sigaction sa;

	if (!T_OK(pipe(p)))
		return t_status;
	T(p[0] != p[1]);
	T_INT(write(p[1], "abc", 3), 3);
	T_INT(write(p[1], "de", 2), 2);
	T_INT(read(p[0], r, 4), 4);
	T(!memcmp(r, "abcd", 4));
	T_INT(read(p[0], r, sizeof r), 1);
	memset(b, 'z', sizeof b);
	T_INT(write(p[1], b, sizeof b), PIPE_BUF);
	T_INT(read(p[0], r, sizeof r), PIPE_BUF);
	T(!memcmp(b, r, sizeof b));
	close(p[1]);
	T_INT(read(p[0], r, sizeof r), 0);
	close(p[0]);

	T_OK(pipe(p));
	close(p[0]);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_pipe;
	sigaction(SIGPIPE, &sa, 0);
	T_FAIL(write(p[1], "x", 1), EPIPE);
	T_INT(got_pipe, SIGPIPE);
	signal(SIGPIPE, SIG_IGN);
	got_pipe = 0;
	T_FAIL(write(p[1], "x", 1), EPIPE);
	T_INT(got_pipe, 0);
	close(p[1]);
	return t_status;
}
