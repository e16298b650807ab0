/* posix_spawn of a missing or non-executable file reports the error to the
 * parent as its return value (ENOENT, EACCES) rather than through a child
 * that exits with 127; nothing is left to wait for */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include "test.h"

extern char **environ;

int main(void)
{
	char *argv[] = { "x", 0 };
	pid_t pid;
	int st, fd;

	T_INT(posix_spawn(&pid, "/nonexistent/program", 0, 0, argv, environ), ENOENT);
	T_FAIL(waitpid(-1, &st, WNOHANG), ECHILD);
	fd = open(t_tmppath("noexec"), O_CREAT | O_WRONLY, 0644);
	T_OK(fd);
	T_INT(write(fd, "#!/bin/sh\n", 10), 10);
	close(fd);
	T_INT(posix_spawn(&pid, t_tmppath("noexec"), 0, 0, argv, environ), EACCES);
	T_FAIL(waitpid(-1, &st, WNOHANG), ECHILD);
	T_INT(posix_spawnp(&pid, "no-such-program-anywhere", 0, 0, argv, environ), ENOENT);
	return t_status;
}
