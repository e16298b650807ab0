/* Processes from a UKL app (fork: fork.c): normal programs start through
 * posix_spawn, vfork + execve, system and popen, with pipes to and from
 * them and their statuses collected; exec of the app itself starts it
 * fresh; the exit paths. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "ukl_test.h"

#define CHILD "/child"

extern char **environ;
static int generation = 1;

/* posix_spawn CHILD args...; the wait status, or -1 */
static int spawn_wait(char *const *argv)
{
	pid_t pid;
	int status, err = posix_spawn(&pid, CHILD, 0, 0, argv, environ);

	if (err) {
		t_error("posix_spawn %s %s: %s\n", CHILD, argv[1], strerror(err));
		return -1;
	}
	if (waitpid(pid, &status, 0) != pid) {
		t_error("waitpid: %s\n", strerror(errno));
		return -1;
	}
	return status;
}

/* posix_spawn: exit status, death by signal, pipes both ways */
UKL_TEST(proc_spawn)
{
	char *exit7[] = { CHILD, "exit", "7", 0 }, *term[] = { CHILD, "kill", "15", 0 };
	char *cat[] = { CHILD, "cat", 0 }, buf[32] = "";
	posix_spawn_file_actions_t fa;
	int to[2], from[2], status, i;
	pid_t pid;

	(void)argc; (void)argv;
	status = spawn_wait(exit7);
	T(WIFEXITED(status) && WEXITSTATUS(status) == 7);
	status = spawn_wait(term);
	T(WIFSIGNALED(status) && WTERMSIG(status) == 15);

	T(pipe(to) == 0 && pipe(from) == 0);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, to[0], 0);
	posix_spawn_file_actions_adddup2(&fa, from[1], 1);
	posix_spawn_file_actions_addclose(&fa, to[1]);
	posix_spawn_file_actions_addclose(&fa, from[0]);
	T_INT(posix_spawn(&pid, CHILD, &fa, 0, cat, environ), 0);
	close(to[0]);
	close(from[1]);
	T(write(to[1], "through cat", 11) == 11);
	close(to[1]);
	for (i = 0; i < 30; ) {
		ssize_t n = read(from[0], buf + i, sizeof buf - 1 - i);
		if (n <= 0)
			break;
		i += n;
	}
	T(!strcmp(buf, "through cat"));
	T(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && !WEXITSTATUS(status));

	/* many in a row: nothing leaks, every status arrives */
	for (i = 0; i < 20; i++)
		if (spawn_wait(exit7) != 7 << 8)
			t_error("spawn %d: wrong status\n", i);
	return 0;
}

/* vfork + execve: the child runs on this stack until it execs */
UKL_TEST(proc_vfork)
{
	char *exit3[] = { CHILD, "exit", "3", 0 };
	volatile long canary = 0x5ca1ab1e;
	int status, i;
	pid_t pid;

	(void)argc; (void)argv;
	for (i = 0; i < 5; i++) {
		pid = vfork();
		if (pid == 0) {
			execve(CHILD, exit3, environ);
			_exit(127);
		}
		T(pid > 0);
		T(waitpid(pid, &status, 0) == pid);
		T(WIFEXITED(status) && WEXITSTATUS(status) == 3);
		T_HEX(canary, 0x5ca1ab1eL);
	}
	/* a child that exits without exec */
	pid = vfork();
	if (pid == 0)
		_exit(4);
	T(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 4);
	return 0;
}

/* system and popen run /bin/sh */
UKL_TEST(proc_shell)
{
	char line[64] = "";
	FILE *f;
	int status;

	(void)argc; (void)argv;
	status = system("exit 5");
	T(WIFEXITED(status) && WEXITSTATUS(status) == 5);
	T(system(0) != 0);
	f = popen(CHILD " echo from popen", "r");
	T(f != 0);
	if (f) {
		T(fgets(line, sizeof line, f) != 0);
		T(!strcmp(line, "from popen\n"));
		T_INT(pclose(f), 0);
	}
	f = popen(CHILD " cat > /tmp/popen.out", "w");
	T(f != 0);
	if (f) {
		fputs("to popen\n", f);
		T_INT(pclose(f), 0);
	}
	f = fopen("/tmp/popen.out", "r");
	T(f && fgets(line, sizeof line, f) && !strcmp(line, "to popen\n"));
	if (f)
		fclose(f);
	unlink("/tmp/popen.out");
	return 0;
}

/* exec of the app itself: the new start sees fresh .data */
UKL_TEST(proc_exec_self)
{
	char *again[] = { "/ukl", "proc_fresh_data", 0 };

	(void)argc; (void)argv;
	generation = 2;
	execve("/ukl", again, environ);
	t_error("execve /ukl: %s\n", strerror(errno));
	return 1;
}

UKL_TEST(proc_fresh_data)
{
	(void)argc; (void)argv;
	T_INT(generation, 1);
	return 0;
}

/* For normal-exit: exit paths, checked by the parent from the output */
static void at1(void) { printf("atexit 1\n"); }
static void at2(void) { printf("atexit 2\n"); }
static int dtor_armed;
__attribute__((destructor)) static void dtor(void)
{
	if (dtor_armed)
		printf("destructor\n");
}

UKL_TEST(exit_return)
{
	(void)argc; (void)argv;
	dtor_armed = 1;
	atexit(at1);
	atexit(at2);
	printf("main\n");	/* stdout is a pipe: only the exit flush writes it */
	return 3;
}

UKL_TEST(exit_underscore)
{
	(void)argc; (void)argv;
	dtor_armed = 1;
	atexit(at1);
	printf("lost");
	_exit(4);
}
