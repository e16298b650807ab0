/* exit paths seen from a parent reading the child's stdout (a pipe, so
 * fully buffered): exit() and returning from main flush stdio, _exit()
 * does not; atexit handlers run in reverse order of registration;
 * quick_exit runs at_quick_exit handlers and not atexit ones; exit()
 * from a second thread ends the process with that status */
#include <sys/wait.h>
#include "test.h"

static void check(const char *a, const char *b, int status, const char *want)
{
	const char *args[] = { a, b, 0 };
	char out[128];
	int st = t_run_child(args, 0, out, sizeof out);
	if (st == -1)
		return;
	if (!WIFEXITED(st) || WEXITSTATUS(st) != status)
		t_error("child %s: wait status %#x, expected exit %d\n", a, st, status);
	T_STR(out, want);
}

int main(void)
{
	if (!t_child())
		return t_status;
	check("printf-exit", "flushed by exit", 0, "flushed by exit");
	check("printf-return", "flushed by return", 0, "flushed by return");
	check("printf-_exit", "lost", 0, "");
	check("atexit", 0, 0, "321");
	check("quick-exit", 0, 3, "q");
	check("thread-exit", "6", 6, "");
	return t_status;
}
