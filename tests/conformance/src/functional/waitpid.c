/* waitpid: WNOHANG returns 0 while the child runs, then its pid; -1 waits
 * for any child; ECHILD when none is left; SIGCHLD runs its handler;
 * waitid with WEXITED gives si_status */
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "test.h"

extern char **environ;
static volatile sig_atomic_t chld;
static void h(int sig) { (void)sig; chld++; }

static pid_t start(const char *cmd, const char *arg)
{
	const char *path = t_child();
	char *argv[] = { (char *)path, (char *)cmd, (char *)arg, 0 };
	pid_t pid = -1;
	if (path && posix_spawn(&pid, path, 0, 0, argv, environ))
		t_error("posix_spawn failed\n");
	return pid;
}

int main(void)
{
	struct sigaction sa;
	siginfo_t si;
	pid_t a, b, w;
	int st, seen = 0;
	long long t0;

	if (!t_child())
		return t_status;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sigaction(SIGCHLD, &sa, 0);

	a = start("sleep-ms", "100");
	T_INT(waitpid(a, &st, WNOHANG), 0);
	t0 = t_ns();
	while ((w = waitpid(a, &st, WNOHANG)) == 0 && t_ns() - t0 < 5000000000LL) {
		struct timespec d = { 0, 5000000 };
		nanosleep(&d, 0);
	}
	T_INT(w, a);
	T(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	T(t_ns() - t0 >= 50000000);
	T(chld >= 1);

	a = start("exit", "3");
	b = start("exit", "4");
	while ((w = waitpid(-1, &st, 0)) > 0) {
		if (w == a && WEXITSTATUS(st) == 3)
			seen |= 1;
		else if (w == b && WEXITSTATUS(st) == 4)
			seen |= 2;
		else
			t_error("unexpected child %d status %#x\n", (int)w, st);
	}
	T_FAIL(w, ECHILD);
	T_INT(seen, 3);

	a = start("exit", "9");
	memset(&si, 0, sizeof si);
	T_OK(waitid(P_PID, a, &si, WEXITED));
	T(si.si_pid == a && si.si_code == CLD_EXITED && si.si_status == 9);
	T_FAIL(waitpid(a, &st, 0), ECHILD);
	return t_status;
}
