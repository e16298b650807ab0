/* posix_spawn attributes and inheritance: the signal mask (setsigmask),
 * default dispositions (setsigdefault), ignored signals stay ignored,
 * handled ones become default, close-on-exec descriptors are closed,
 * others inherited, the environment given is the child's, getppid */
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "test.h"

extern char **environ;

static void h(int sig) { (void)sig; }

/* run the helper with argv and envp and attributes; returns the exit
 * status, or -1 */
static int spawn(posix_spawnattr_t *at, char **envp, const char *a, const char *b, char *out, size_t n)
{
	const char *path = t_child();
	char *argv[] = { (char *)path, (char *)a, (char *)b, 0 };
	posix_spawn_file_actions_t fa;
	int p[2], st;
	pid_t pid;

	if (!path || pipe(p))
		return -1;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, p[1], 1);
	posix_spawn_file_actions_addclose(&fa, p[0]);
	if (posix_spawn(&pid, path, &fa, at, argv, envp ? envp : environ)) {
		t_error("posix_spawn failed\n");
		return -1;
	}
	posix_spawn_file_actions_destroy(&fa);
	close(p[1]);
	t_readall(p[0], out, n);
	close(p[0]);
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

int main(void)
{
	posix_spawnattr_t at;
	sigset_t set;
	char out[64], num[16], arg[16];
	char *env[] = { "T_ONLY=just-this", 0 };
	int fd;

	if (!t_child())
		return t_status;
	posix_spawnattr_init(&at);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	T_INT(posix_spawnattr_setsigmask(&at, &set), 0);
	T_INT(posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK), 0);
	snprintf(arg, sizeof arg, "%d", SIGUSR1);
	T_INT(spawn(&at, 0, "sigmask", arg, out, sizeof out), 1);
	T_INT(spawn(0, 0, "sigmask", arg, out, sizeof out), 0);

	signal(SIGUSR2, SIG_IGN);
	signal(SIGHUP, h);
	snprintf(arg, sizeof arg, "%d", SIGUSR2);
	T_INT(spawn(0, 0, "sigdisp", arg, out, sizeof out), 0);
	T_STR(out, "ignored\n");
	snprintf(arg, sizeof arg, "%d", SIGHUP);
	T_INT(spawn(0, 0, "sigdisp", arg, out, sizeof out), 0);
	T_STR(out, "default\n");
	T_INT(posix_spawnattr_setsigdefault(&at, &set), 0);
	sigaddset(&set, SIGUSR2);
	T_INT(posix_spawnattr_setsigdefault(&at, &set), 0);
	T_INT(posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGDEF), 0);
	snprintf(arg, sizeof arg, "%d", SIGUSR2);
	T_INT(spawn(&at, 0, "sigdisp", arg, out, sizeof out), 0);
	T_STR(out, "default\n");
	posix_spawnattr_destroy(&at);

	fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	snprintf(arg, sizeof arg, "%d", fd);
	T_INT(spawn(0, 0, "isopen", arg, out, sizeof out), 1);
	fcntl(fd, F_SETFD, 0);
	T_INT(spawn(0, 0, "isopen", arg, out, sizeof out), 0);
	close(fd);

	T_INT(spawn(0, env, "getenv", "T_ONLY", out, sizeof out), 0);
	T_STR(out, "just-this\n");
	T_INT(spawn(0, env, "getenv", "PATH", out, sizeof out), 1);
	setenv("T_INHERITED", "yes", 1);
	T_INT(spawn(0, 0, "getenv", "T_INHERITED", out, sizeof out), 0);
	T_STR(out, "yes\n");

	snprintf(num, sizeof num, "%ld\n", (long)getpid());
	T_INT(spawn(0, 0, "ppid", 0, out, sizeof out), 0);
	T_STR(out, num);
	return t_status;
}
