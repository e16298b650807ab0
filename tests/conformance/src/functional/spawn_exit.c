/* posix_spawn of a normal program and waitpid: exit status from exit()
 * and from returning from main, status truncated to 8 bits; death by a
 * signal (raise, abort) is reported with WIFSIGNALED */
#include <signal.h>
#include <sys/wait.h>
#include "test.h"

static int run(const char *a, const char *b)
{
	const char *args[] = { a, b, 0 };
	return t_run_child(args, 0, 0, 0);
}

int main(void)
{
	int st;

	if (!t_child())
		return t_status;
	st = run("exit", "0");
	T(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	st = run("exit", "7");
	T(WIFEXITED(st) && WEXITSTATUS(st) == 7);
	st = run("exit", "258");
	T(WIFEXITED(st) && WEXITSTATUS(st) == 2);
	st = run("return", "42");
	T(WIFEXITED(st) && WEXITSTATUS(st) == 42);
	st = run("kill", "15");
	T(WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM);
	st = run("kill", "9");
	T(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
	st = run("abort", 0);
	T(WIFSIGNALED(st) && WTERMSIG(st) == SIGABRT);
	return t_status;
}
