/* sigset_t operations: empty, fill, add, del, ismember over all signal
 * numbers, EINVAL for invalid numbers */
#include <errno.h>
#include <signal.h>
#include "test.h"

int main(void)
{
	sigset_t s;
	int i;

	T_OK(sigemptyset(&s));
	for (i = 1; i < 65; i++)
		if (sigismember(&s, i) != 0)
			t_error("signal %d in the empty set\n", i);
	T_OK(sigfillset(&s));
	/* the libc may keep the first real-time numbers for itself */
	for (i = 1; i < 65; i++)
		if ((i < 32 || (i >= SIGRTMIN && i <= SIGRTMAX)) && sigismember(&s, i) != 1)
			t_error("signal %d missing from the full set\n", i);
	sigemptyset(&s);
	T_OK(sigaddset(&s, SIGINT));
	T_OK(sigaddset(&s, SIGRTMAX));
	T_INT(sigismember(&s, SIGINT), 1);
	T_INT(sigismember(&s, SIGRTMAX), 1);
	T_INT(sigismember(&s, SIGQUIT), 0);
	T_OK(sigdelset(&s, SIGINT));
	T_INT(sigismember(&s, SIGINT), 0);
	T_FAIL(sigaddset(&s, 0), EINVAL);
	T_FAIL(sigaddset(&s, 100000), EINVAL);
	return t_status;
}
