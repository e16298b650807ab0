/* a read blocked on an empty pipe and a timer signal: with SA_RESTART the
 * read goes on and gets the data the handler writes at the third signal;
 * without it the read fails with EINTR at the first signal */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>
#include "test.h"

static int p[2];
static volatile sig_atomic_t n;

static void h(int sig)
{
	(void)sig;
	if (++n == 3)
		write(p[1], "!", 1);
}

static int run(int flags, char *c)
{
	struct sigaction sa;
	struct itimerval it = { { 0, 10000 }, { 0, 10000 } }, zero;
	int r;

	memset(&sa, 0, sizeof sa);
	memset(&zero, 0, sizeof zero);
	sa.sa_handler = h;
	sa.sa_flags = flags;
	sigaction(SIGALRM, &sa, 0);
	n = 0;
	setitimer(ITIMER_REAL, &it, 0);
	r = read(p[0], c, 1);
	setitimer(ITIMER_REAL, &zero, 0);
	return r;
}

int main(void)
{
	char c = 0;
	int r;

	if (!T_OK(pipe(p)))
		return t_status;
	r = run(SA_RESTART, &c);
	T_INT(r, 1);
	T_INT(c, '!');
	T(n >= 3);

	r = run(0, &c);
	T_FAIL(r, EINTR);
	T(n >= 1 && n < 3);
	return t_status;
}
