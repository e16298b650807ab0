/* sigaction: a handler runs on raise and on kill(getpid()) before the call
 * returns, gets the signal number, has sa_mask and the signal itself
 * blocked while it runs; SA_RESETHAND; the old action is returned;
 * SIG_IGN; EINVAL for SIGKILL and bad numbers */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

static volatile sig_atomic_t got, count, blocked_self, blocked_mask;

static void handler(int sig)
{
	sigset_t cur;
	got = sig;
	count++;
	sigprocmask(SIG_BLOCK, 0, &cur);
	blocked_self = sigismember(&cur, sig);
	blocked_mask = sigismember(&cur, SIGUSR2);
}

int main(void)
{
	struct sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	T_OK(sigaction(SIGUSR1, &sa, 0));
	T_INT(raise(SIGUSR1), 0);
	T_INT(got, SIGUSR1);
	T_INT(count, 1);
	T_INT(blocked_self, 1);
	T_INT(blocked_mask, 1);
	got = 0;
	T_OK(kill(getpid(), SIGUSR1));
	T_INT(got, SIGUSR1);
	T_INT(count, 2);
	{
		sigset_t cur;
		sigprocmask(SIG_BLOCK, 0, &cur);
		T(!sigismember(&cur, SIGUSR1) && !sigismember(&cur, SIGUSR2));
	}

	T_OK(sigaction(SIGUSR1, 0, &old));
	T(old.sa_handler == handler);
	T(sigismember(&old.sa_mask, SIGUSR2));

	sa.sa_flags = SA_RESETHAND;
	T_OK(sigaction(SIGHUP, &sa, 0));
	raise(SIGHUP);
	T_INT(got, SIGHUP);
	T_OK(sigaction(SIGHUP, 0, &old));
	T(old.sa_handler == SIG_DFL);

	sa.sa_handler = SIG_IGN;
	sa.sa_flags = 0;
	T_OK(sigaction(SIGUSR1, &sa, &old));
	T(old.sa_handler == handler);
	got = 0;
	raise(SIGUSR1);
	T_INT(got, 0);

	T_FAIL(sigaction(SIGKILL, &sa, 0), EINVAL);
	T_FAIL(sigaction(SIGSTOP, &sa, 0), EINVAL);
	T_FAIL(sigaction(0, &sa, 0), EINVAL);
	T_FAIL(sigaction(1000, &sa, 0), EINVAL);
	T(signal(SIGUSR2, handler) == SIG_DFL);
	T(signal(SIGUSR2, SIG_DFL) == handler);
	return t_status;
}
