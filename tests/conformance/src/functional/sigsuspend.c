/* sigsuspend: waits with a temporary mask, returns -1/EINTR after the
 * handler ran, restores the mask; the signal comes from a timer */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include "test.h"

static volatile sig_atomic_t got;
static void h(int sig) { got = sig; }

int main(void)
{
	sigset_t block, wait, cur;
	struct sigaction sa;
	struct itimerval it = { { 0, 0 }, { 0, 20000 } };

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sigaction(SIGALRM, &sa, 0);
	sigaction(SIGUSR1, &sa, 0);
	sigemptyset(&block);
	sigaddset(&block, SIGALRM);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, 0);

	/* pending before the call: returns at once */
	raise(SIGUSR1);
	sigemptyset(&wait);
	T_FAIL(sigsuspend(&wait), EINTR);
	T_INT(got, SIGUSR1);

	got = 0;
	T_OK(setitimer(ITIMER_REAL, &it, 0));
	sigfillset(&wait);
	sigdelset(&wait, SIGALRM);
	T_FAIL(sigsuspend(&wait), EINTR);
	T_INT(got, SIGALRM);
	sigprocmask(SIG_BLOCK, 0, &cur);
	T(sigismember(&cur, SIGALRM) && sigismember(&cur, SIGUSR1) && !sigismember(&cur, SIGUSR2));
	return t_status;
}
