/* signalfd: a blocked signal is read as a signalfd_siginfo with its number,
 * code, sender and value; poll sees it; non-blocking read gives EAGAIN */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	sigset_t set;
	struct signalfd_siginfo si;
	struct pollfd pf;
	union sigval v;
	int fd;

	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGRTMIN + 3);
	sigprocmask(SIG_BLOCK, &set, 0);
	fd = signalfd(-1, &set, SFD_NONBLOCK | SFD_CLOEXEC);
	if (!T_OK(fd))
		return t_status;
	T_FAIL(read(fd, &si, sizeof si), EAGAIN);
	pf.fd = fd;
	pf.events = POLLIN;
	T_INT(poll(&pf, 1, 0), 0);
	kill(getpid(), SIGUSR1);
	T_INT(poll(&pf, 1, 1000), 1);
	T_INT(read(fd, &si, sizeof si), sizeof si);
	T_INT(si.ssi_signo, SIGUSR1);
	T_INT(si.ssi_code, SI_USER);
	T_INT(si.ssi_pid, getpid());
	v.sival_int = 99;
	sigqueue(getpid(), SIGRTMIN + 3, v);
	T_INT(read(fd, &si, sizeof si), sizeof si);
	T_INT(si.ssi_signo, SIGRTMIN + 3);
	T_INT(si.ssi_int, 99);
	T_FAIL(read(fd, &si, sizeof si), EAGAIN);
	close(fd);
	return t_status;
}
