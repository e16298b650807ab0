/* posix_spawn with file actions: the child's stdout and stdin are pipes
 * (adddup2, addclose), a file opened for it (addopen); data flows both
 * ways and nothing is lost */
#include <fcntl.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "test.h"

extern char **environ;

int main(void)
{
	const char *path = t_child();
	const char *echo[] = { "echo", "hello", "spawned", "world", 0 };
	const char *cat[] = { "cat", 0 };
	char out[256], big[3000], *argv[4];
	posix_spawn_file_actions_t fa;
	pid_t pid;
	int st, fd, i;

	if (!path)
		return t_status;
	st = t_run_child(echo, 0, out, sizeof out);
	T(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	T_STR(out, "hello spawned world\n");

	for (i = 0; i < (int)sizeof big - 1; i++)
		big[i] = 'a' + i % 26;
	big[sizeof big - 1] = 0;
	st = t_run_child(cat, big, out, sizeof out);
	T(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	T_INT(strlen(out), sizeof out - 1);
	T(!memcmp(out, big, sizeof out - 1));

	/* stdout into a file opened by the file actions */
	posix_spawn_file_actions_init(&fa);
	T_INT(posix_spawn_file_actions_addopen(&fa, 1, t_tmppath("out"), O_WRONLY | O_CREAT | O_TRUNC, 0600), 0);
	argv[0] = (char *)path;
	argv[1] = "echo";
	argv[2] = "to-file";
	argv[3] = 0;
	T_INT(posix_spawn(&pid, path, &fa, 0, argv, environ), 0);
	posix_spawn_file_actions_destroy(&fa);
	T_INT(waitpid(pid, &st, 0), pid);
	T(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	fd = open(t_tmppath("out"), O_RDONLY);
	T_OK(fd);
	T_INT(t_readall(fd, out, sizeof out), 8);
	T_STR(out, "to-file\n");
	close(fd);
	return t_status;
}
