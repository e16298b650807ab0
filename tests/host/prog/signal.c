/* handlers return through __restore_rt and the entry's rt_sigreturn case:
 * raise, kill, sigqueue with SA_SIGINFO, a timer interrupting a busy loop,
 * a blocked signal delivered on unblock, SA_RESTART across a blocking read */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>
#include <sys/time.h>
#include <sys/wait.h>
#include "test.h"

static volatile sig_atomic_t hits, last, value;

static void handler(int sig) { hits++; last = sig; }

static void info_handler(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	last = sig;
	value = si->si_value.sival_int;
	hits++;
}

int main(void)
{
	struct sigaction sa;
	sigset_t set;
	union sigval sv = { .sival_int = 1234 };
	volatile unsigned long spin = 0;
	struct itimerval it = { { 0, 0 }, { 0, 20000 } };
	int p[2];
	char c;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	T(sigaction(SIGUSR1, &sa, 0) == 0);
	T(raise(SIGUSR1) == 0);
	T_INT((int)hits, 1);
	T(kill(getpid(), SIGUSR1) == 0);
	T_INT((int)hits, 2);

	sa.sa_flags = SA_SIGINFO;
	sa.sa_sigaction = info_handler;
	T(sigaction(SIGUSR2, &sa, 0) == 0);
	T(sigqueue(getpid(), SIGUSR2, sv) == 0);
	T_INT((int)last, SIGUSR2);
	T_INT((int)value, 1234);

	/* an asynchronous signal lands in the loop, then the loop goes on */
	sa.sa_flags = 0;
	sa.sa_handler = handler;
	T(sigaction(SIGALRM, &sa, 0) == 0);
	hits = 0;
	T(setitimer(ITIMER_REAL, &it, 0) == 0);
	while (!hits)
		spin++;
	T_INT((int)last, SIGALRM);
	T(spin > 0);

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	T(sigprocmask(SIG_BLOCK, &set, 0) == 0);
	hits = 0;
	raise(SIGUSR1);
	T_INT((int)hits, 0);
	T(sigpending(&set) == 0 && sigismember(&set, SIGUSR1));
	T(sigprocmask(SIG_UNBLOCK, &set, 0) == 0);
	T_INT((int)hits, 1);

	/* SA_RESTART: the read blocked when the timer fires resumes */
	T(pipe(p) == 0);
	sa.sa_flags = SA_RESTART;
	T(sigaction(SIGALRM, &sa, 0) == 0);
	if (fork() == 0) {
		usleep(100000);
		write(p[1], "x", 1);
		_exit(0);
	}
	hits = 0;
	T(setitimer(ITIMER_REAL, &it, 0) == 0);
	T_INT(read(p[0], &c, 1), (ssize_t)1);
	T_INT((int)hits, 1);
	/* without SA_RESTART the same read fails with EINTR */
	sa.sa_flags = 0;
	T(sigaction(SIGALRM, &sa, 0) == 0);
	T(setitimer(ITIMER_REAL, &it, 0) == 0);
	errno = 0;
	T_INT(read(p[0], &c, 1), (ssize_t)-1);
	T_INT(errno, EINTR);
	wait(0);
	return t_status;
}
