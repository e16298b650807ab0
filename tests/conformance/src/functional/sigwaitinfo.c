/* sigwait, sigwaitinfo and sigtimedwait take blocked signals without a
 * handler: signal number, si_code and value; a timeout gives EAGAIN */
#include <errno.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	sigset_t set;
	siginfo_t si;
	struct timespec ts = { 0, 10000000 };
	union sigval v;
	long long t0;
	int sig;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sigaddset(&set, SIGRTMIN + 2);
	T_OK(sigprocmask(SIG_BLOCK, &set, 0));

	v.sival_int = -7;
	T_OK(sigqueue(getpid(), SIGRTMIN + 2, v));
	T_INT(sigwaitinfo(&set, &si), SIGRTMIN + 2);
	T_INT(si.si_code, SI_QUEUE);
	T_INT(si.si_value.sival_int, -7);
	T_INT(si.si_pid, getpid());

	raise(SIGUSR2);
	T_INT(sigwait(&set, &sig), 0);
	T_INT(sig, SIGUSR2);

	kill(getpid(), SIGUSR2);
	T_INT(sigtimedwait(&set, &si, &ts), SIGUSR2);
	T_INT(si.si_code, SI_USER);

	t0 = t_ns();
	T_FAIL(sigtimedwait(&set, &si, &ts), EAGAIN);
	T(t_ns() - t0 >= 10000000);
	return t_status;
}
