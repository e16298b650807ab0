/* setitimer ITIMER_REAL interrupts a busy loop, repeatedly with an
 * interval; getitimer; alarm returns the seconds left of the previous
 * alarm; ITIMER_VIRTUAL counts only CPU time */
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>
#include "test.h"

static volatile sig_atomic_t alrm, vtalrm;
static void h(int sig)
{
	if (sig == SIGALRM)
		alrm++;
	else
		vtalrm++;
}

int main(void)
{
	struct sigaction sa;
	struct itimerval it = { { 0, 5000 }, { 0, 10000 } }, cur, zero;
	long long t0;
	volatile unsigned long spin = 0;

	memset(&sa, 0, sizeof sa);
	memset(&zero, 0, sizeof zero);
	sa.sa_handler = h;
	sigaction(SIGALRM, &sa, 0);
	sigaction(SIGVTALRM, &sa, 0);

	/* before setitimer: the alarms count from the call, not from its
	 * return (in a slow VM the calls below take milliseconds) */
	t0 = t_ns();
	T_OK(setitimer(ITIMER_REAL, &it, 0));
	T_OK(getitimer(ITIMER_REAL, &cur));
	T(cur.it_interval.tv_usec == 5000);
	T(cur.it_value.tv_sec == 0 && cur.it_value.tv_usec <= 10000);
	while (alrm < 3 && t_ns() - t0 < 5000000000LL)
		spin++;
	T_OK(setitimer(ITIMER_REAL, &zero, 0));
	T(alrm >= 3);
	T(t_ns() - t0 >= 20000000);

	T_INT(alarm(5), 0);
	T(alarm(0) >= 4);
	T_INT(alarm(0), 0);

	it.it_value.tv_usec = 10000;
	it.it_interval.tv_usec = 0;
	/* mostly user time: with the TSC unusable (as under QEMU's TCG) a
	 * clock read is a system call, so read it seldom */
	T_OK(setitimer(ITIMER_VIRTUAL, &it, 0));
	t0 = t_ns();
	while (!vtalrm && ((++spin & 0xfffff) || t_ns() - t0 < 5000000000LL))
		;
	T_INT(vtalrm, 1);
	return t_status;
}
