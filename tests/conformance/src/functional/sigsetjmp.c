/* setjmp/longjmp return the value (0 becomes 1); siglongjmp out of a
 * handler restores the mask saved by sigsetjmp(env, 1) and not with 0 */
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include "test.h"

static sigjmp_buf sj;
static jmp_buf j;
static volatile int depth;

static void h(int sig)
{
	siglongjmp(sj, sig);
}

static void deep(int n)
{
	if (n == 0) {
		if (depth >= 0)
			longjmp(j, 0);
		return;
	}
	deep(n - 1);
	depth++;
}

static int blocked(int sig)
{
	sigset_t s;
	sigprocmask(SIG_BLOCK, 0, &s);
	return sigismember(&s, sig);
}

int main(void)
{
	struct sigaction sa;
	volatile int round = 0;
	int r;

	r = setjmp(j);
	if (r == 0)
		deep(10);
	T_INT(r, 1);
	T_INT(depth, 0);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sigaction(SIGUSR1, &sa, 0);
	r = sigsetjmp(sj, 1);
	if (r == 0) {
		round = 1;
		raise(SIGUSR1);
		t_error("handler did not jump\n");
	}
	T_INT(r, SIGUSR1);
	T_INT(round, 1);
	T_INT(blocked(SIGUSR1), 0);

	r = sigsetjmp(sj, 0);
	if (r == 0) {
		raise(SIGUSR1);
		t_error("handler did not jump\n");
	}
	/* the mask of the handler (SIGUSR1 blocked) stayed */
	T_INT(blocked(SIGUSR1), 1);
	return t_status;
}
