/* pipes, poll, fork, posix_spawn (a clone onto a new stack: the entry's
 * clone case) and vfork (the child runs on this stack: the entry's vfork
 * case) with exit statuses */
#include <spawn.h>
#include <poll.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <string.h>
#include <sys/wait.h>
#include "test.h"

extern char **environ;

int main(void)
{
	int p[2], st;
	char buf[32];
	pid_t pid;
	struct pollfd pfd;
	char *argv[] = { "sh", "-c", "echo spawned; exit 7", 0 };
	posix_spawn_file_actions_t fa;

	T(pipe(p) == 0);
	pfd.fd = p[0];
	pfd.events = POLLIN;
	T_INT(poll(&pfd, 1, 0), 0);
	T_INT(write(p[1], "ping", 4), (ssize_t)4);
	T_INT(poll(&pfd, 1, 1000), 1);
	T_INT(read(p[0], buf, sizeof buf), (ssize_t)4);
	T(fcntl(p[0], F_SETFL, O_NONBLOCK) == 0);
	T(read(p[0], buf, 1) == -1 && errno == EAGAIN);
	T(fcntl(p[0], F_SETFL, 0) == 0);

	pid = fork();
	if (pid == 0) {
		write(p[1], "child", 5);
		_exit(3);
	}
	T(pid > 0);
	T(waitpid(pid, &st, 0) == pid);
	T(WIFEXITED(st) && WEXITSTATUS(st) == 3);
	T_INT(read(p[0], buf, sizeof buf), (ssize_t)5);

	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, p[1], 1);
	T(posix_spawn(&pid, "/bin/sh", &fa, 0, argv, environ) == 0);
	T(waitpid(pid, &st, 0) == pid);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 7)
		t_error("spawned shell: status %#x, expected exit 7\n", st);
	memset(buf, 0, sizeof buf);
	T_INT(read(p[0], buf, sizeof buf), (ssize_t)8);
	T_STR(buf, "spawned\n");
	T(posix_spawn(&pid, "/nonexistent", 0, 0, argv, environ) == ENOENT);

	pid = fork();
	if (pid == 0) {
		raise(SIGKILL);
		_exit(0);
	}
	T(waitpid(pid, &st, 0) == pid);
	T(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);

	for (int i = 0; i < 3; i++) {
		volatile long canary = 0x5ca1ab1e;
		char *exit6[] = { "sh", "-c", "exit 6", 0 };

		pid = vfork();
		if (pid == 0) {
			execve("/bin/sh", exit6, environ);
			_exit(127);
		}
		T(pid > 0);
		T(waitpid(pid, &st, 0) == pid);
		T(WIFEXITED(st) && WEXITSTATUS(st) == 6);
		T_HEX(canary, 0x5ca1ab1eL);
	}
	return t_status;
}
