/* sigprocmask: a blocked signal stays pending (sigpending) and is
 * delivered once when unblocked, before sigprocmask returns; standard
 * signals do not queue, real-time signals do */
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

static volatile sig_atomic_t n1, nrt0, nrt1;

static void h(int sig)
{
	if (sig == SIGUSR1)
		n1++;
	else if (sig == SIGRTMIN)
		nrt0++;
	else if (sig == SIGRTMIN + 1)
		nrt1++;
}

int main(void)
{
	sigset_t set, old, pend;
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sigaction(SIGUSR1, &sa, 0);
	sigaction(SIGRTMIN, &sa, 0);
	sigaction(SIGRTMIN + 1, &sa, 0);

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGRTMIN);
	sigaddset(&set, SIGRTMIN + 1);
	T_OK(sigprocmask(SIG_BLOCK, &set, &old));
	T(!sigismember(&old, SIGUSR1));
	raise(SIGUSR1);
	raise(SIGUSR1);
	raise(SIGRTMIN + 1);
	raise(SIGRTMIN);
	raise(SIGRTMIN);
	T_INT(n1, 0);
	T_OK(sigpending(&pend));
	T(sigismember(&pend, SIGUSR1) && sigismember(&pend, SIGRTMIN) && !sigismember(&pend, SIGUSR2));
	T_OK(sigprocmask(SIG_SETMASK, &old, 0));
	T_INT(n1, 1);
	T_INT(nrt0, 2);
	T_INT(nrt1, 1);
	T_OK(sigpending(&pend));
	T(!sigismember(&pend, SIGUSR1));

	/* SIG_UNBLOCK, and SIGKILL cannot be blocked */
	sigemptyset(&set);
	sigaddset(&set, SIGKILL);
	sigaddset(&set, SIGUSR2);
	T_OK(sigprocmask(SIG_BLOCK, &set, 0));
	T_OK(sigprocmask(SIG_BLOCK, 0, &old));
	T(!sigismember(&old, SIGKILL) && sigismember(&old, SIGUSR2));
	T_OK(sigprocmask(SIG_UNBLOCK, &set, 0));
	T_OK(sigprocmask(SIG_BLOCK, 0, &old));
	T(!sigismember(&old, SIGUSR2));
	return t_status;
}
