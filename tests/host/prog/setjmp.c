/* setjmp/longjmp keep callee-saved state; siglongjmp restores the mask */
#include <setjmp.h>
#include <signal.h>
#include "test.h"

static jmp_buf jb;
static sigjmp_buf sjb;

static void jump(int v) { longjmp(jb, v); }

static void on_usr1(int sig) { (void)sig; siglongjmp(sjb, 5); }

int main(void)
{
	volatile int count = 0;
	int r;
	sigset_t set;

	r = setjmp(jb);
	if (count++ < 3)
		jump(count);
	T_INT(r, 3);
	T_INT((int)count, 4);
	r = setjmp(jb);
	if (!r)
		longjmp(jb, 0);
	T_INT(r, 1);

	signal(SIGUSR1, on_usr1);
	if (!(r = sigsetjmp(sjb, 1))) {
		raise(SIGUSR1);
		t_error("raise returned\n");
	}
	T_INT(r, 5);
	sigprocmask(SIG_BLOCK, 0, &set);
	T(!sigismember(&set, SIGUSR1));
	return t_status;
}
