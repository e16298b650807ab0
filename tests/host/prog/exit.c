/* constructors, atexit order, destructors, stdio flushed at exit, the
 * status from main's return; _exit flushes nothing.  The checks run in a
 * parent that spawns this program again. */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "test.h"

extern char **environ;
static int constructed;

__attribute__((constructor)) static void ctor(void) { constructed = 1; }
__attribute__((destructor)) static void dtor(void) { printf("dtor\n"); }
static void first(void) { printf("atexit1\n"); }
static void second(void) { printf("atexit2\n"); }

static void run(char *self, char *mode, const char *want_out, int want_status)
{
	char out[256] = "", *argv[] = { self, mode, 0 };
	int p[2], st;
	ssize_t n, got = 0;
	pid_t pid;
	posix_spawn_file_actions_t fa;

	pipe(p);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, p[1], 1);
	if (posix_spawn(&pid, self, &fa, 0, argv, environ)) {
		t_error("cannot spawn %s\n", self);
		return;
	}
	close(p[1]);
	while ((n = read(p[0], out + got, sizeof out - 1 - got)) > 0)
		got += n;
	close(p[0]);
	waitpid(pid, &st, 0);
	if (strcmp(out, want_out))
		t_error("%s: output \"%s\", expected \"%s\"\n", mode, out, want_out);
	if (!WIFEXITED(st) || WEXITSTATUS(st) != want_status)
		t_error("%s: status %#x, expected exit %d\n", mode, st, want_status);
}

int main(int argc, char **argv)
{
	if (argc == 2 && !strcmp(argv[1], "return")) {
		atexit(first);
		atexit(second);
		printf("main ctor=%d\n", constructed);
		return 42;
	}
	if (argc == 2 && !strcmp(argv[1], "_exit")) {
		printf("lost");
		_exit(5);
	}
	if (argc == 2 && !strcmp(argv[1], "exit")) {
		atexit(first);
		printf("buffered");
		exit(6);
	}
	run(argv[0], "return", "main ctor=1\natexit2\natexit1\ndtor\n", 42);
	run(argv[0], "_exit", "", 5);
	run(argv[0], "exit", "bufferedatexit1\ndtor\n", 6);
	return t_status;
}
