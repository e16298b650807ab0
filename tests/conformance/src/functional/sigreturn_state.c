/* registers and floating-point/SSE state survive signal handlers: a loop
 * computes with integers and doubles while a fast timer interrupts it and
 * the handler does its own floating-point work; the results must equal
 * those of the same loop with no signals */
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include "test.h"

static volatile sig_atomic_t hits;
static volatile double junk;

static void h(int sig)
{
	double x = sig;
	int i;
	for (i = 0; i < 50; i++)
		x = x * 1.000001 + 0.5;
	junk = x;
	hits++;
}

static void work(double *d, unsigned long *u, float *f, long double *ld)
{
	double a = 1.0;
	unsigned long b = 88172645463325252UL;
	float c = 1.0f;
	long double e = 1.0L;
	long i;

	for (i = 0; i < 300000; i++) {
		a = a * 1.0000001 + 1e-9;
		b ^= b << 13;
		b ^= b >> 7;
		b ^= b << 17;
		c = c * 1.00001f;
		if (c > 1e30f)
			c = 1.0f;
		e = e * 1.0000000001L;
	}
	*d = a;
	*u = b;
	*f = c;
	*ld = e;
}

int main(void)
{
	struct sigaction sa;
	struct itimerval it = { { 0, 200 }, { 0, 200 } }, zero;
	double d0, d1;
	unsigned long u0, u1;
	float f0, f1;
	long double l0, l1;

	work(&d0, &u0, &f0, &l0);
	memset(&sa, 0, sizeof sa);
	memset(&zero, 0, sizeof zero);
	sa.sa_handler = h;
	sigaction(SIGALRM, &sa, 0);
	setitimer(ITIMER_REAL, &it, 0);
	work(&d1, &u1, &f1, &l1);
	setitimer(ITIMER_REAL, &zero, 0);
	T(hits > 0);
	T_DBL(d1, d0);
	T(u1 == u0);
	T(f1 == f0);
	T(l1 == l0);
	return t_status;
}
