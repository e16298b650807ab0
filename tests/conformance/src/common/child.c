/* running the helper program named by T_CHILD */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "test.h"

extern char **environ;

const char *t_child(void)
{
	const char *p = getenv("T_CHILD");
	if (!p || p[0] != '/') {
		t_error("T_CHILD must be the absolute path of the helper program (child/child.c), got %s\n",
			p ? p : "nothing");
		return 0;
	}
	return p;
}

size_t t_readall(int fd, char *buf, size_t size)
{
	size_t n = 0;
	ssize_t r;
	char junk[256];

	for (;;) {
		if (n + 1 < size)
			r = read(fd, buf + n, size - 1 - n);
		else
			r = read(fd, junk, sizeof junk);	/* drain, so the writer ends */
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		if (n + 1 < size)
			n += r;
	}
	if (size)
		buf[n] = 0;
	return n;
}

int t_run_child(const char *const args[], const char *input, char *out, size_t outsz)
{
	const char *path = t_child();
	char *argv[32];
	int in[2] = {-1, -1}, op[2] = {-1, -1}, i, st, r;
	posix_spawn_file_actions_t fa;
	pid_t pid;

	if (!path)
		return -1;
	argv[0] = (char *)path;
	for (i = 0; args[i] && i < 30; i++)
		argv[i + 1] = (char *)args[i];
	argv[i + 1] = 0;
	if (pipe(in) || pipe(op)) {
		t_error("pipe: %s\n", t_errstr());
		return -1;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], 0);
	posix_spawn_file_actions_adddup2(&fa, op[1], 1);
	posix_spawn_file_actions_addclose(&fa, in[1]);
	posix_spawn_file_actions_addclose(&fa, op[0]);
	r = posix_spawn(&pid, path, &fa, 0, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(in[0]);
	close(op[1]);
	if (r) {
		t_error("posix_spawn %s: %s\n", path, strerror(r));
		close(in[1]);
		close(op[0]);
		return -1;
	}
	if (input) {
		/* inputs are small: they fit in the pipe */
		size_t len = strlen(input);
		if (write(in[1], input, len) != (ssize_t)len)
			t_error("write to the child: %s\n", t_errstr());
	}
	close(in[1]);
	if (out)
		t_readall(op[0], out, outsz);
	else
		t_readall(op[0], 0, 0);
	close(op[0]);
	while ((r = waitpid(pid, &st, 0)) < 0 && errno == EINTR);
	if (r != pid) {
		t_error("waitpid: %s\n", t_errstr());
		return -1;
	}
	return st;
}
