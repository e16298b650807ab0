/* SA_SIGINFO: si_signo, si_code and si_pid for kill (SI_USER), raise
 * (SI_TKILL), sigqueue (SI_QUEUE with its value); the ucontext pointer */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

static siginfo_t last;
static volatile sig_atomic_t calls;
static void *last_ctx;

static void handler(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	last = *si;
	last_ctx = ctx;
	calls++;
}

int main(void)
{
	struct sigaction sa;
	union sigval v;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	T_OK(sigaction(SIGUSR1, &sa, 0));
	T_OK(sigaction(SIGRTMIN, &sa, 0));

	T_OK(kill(getpid(), SIGUSR1));
	T_INT(calls, 1);
	T_INT(last.si_signo, SIGUSR1);
	T_INT(last.si_code, SI_USER);
	T_INT(last.si_pid, getpid());
	T_INT(last.si_uid, getuid());
	T(last_ctx != 0);

	T_INT(raise(SIGUSR1), 0);
	T_INT(calls, 2);
	T_INT(last.si_code, SI_TKILL);
	T_INT(last.si_pid, getpid());

	v.sival_int = 4242;
	T_OK(sigqueue(getpid(), SIGRTMIN, v));
	T_INT(calls, 3);
	T_INT(last.si_signo, SIGRTMIN);
	T_INT(last.si_code, SI_QUEUE);
	T_INT(last.si_value.sival_int, 4242);
	T(SIGRTMIN >= 32 && SIGRTMAX >= SIGRTMIN + 8);
	return t_status;
}
