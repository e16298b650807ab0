#define _GNU_SOURCE
/* POSIX timers: timer_create with SIGEV_SIGNAL delivers the signal with
 * si_code SI_TIMER and our value; an interval timer fires repeatedly;
 * timer_gettime; SIGEV_THREAD runs a function in a new thread */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include "test.h"

static volatile sig_atomic_t fired, code, value;
static sem_t thread_ran;
static volatile pthread_t notify_thread;

static void h(int sig, siginfo_t *si, void *ctx)
{
	(void)sig;
	(void)ctx;
	fired++;
	code = si->si_code;
	value = si->si_value.sival_int;
}

static void notify(union sigval v)
{
	notify_thread = pthread_self();
	if (v.sival_int == 77)
		sem_post(&thread_ran);
}

int main(void)
{
	struct sigaction sa;
	struct sigevent ev;
	struct itimerspec its, cur;
	struct timespec deadline;
	timer_t t;
	long long t0;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = h;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGRTMIN, &sa, 0);
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGRTMIN;
	ev.sigev_value.sival_int = 31;
	if (!T_OK(timer_create(CLOCK_MONOTONIC, &ev, &t)))
		return t_status;
	memset(&its, 0, sizeof its);
	its.it_value.tv_nsec = 5000000;
	its.it_interval.tv_nsec = 5000000;
	T_OK(timer_settime(t, 0, &its, 0));
	T_OK(timer_gettime(t, &cur));
	T(cur.it_interval.tv_nsec == 5000000);
	t0 = t_ns();
	while (fired < 3 && t_ns() - t0 < 5000000000LL) {
		struct timespec d = { 0, 1000000 };
		nanosleep(&d, 0);
	}
	T(fired >= 3);
	T_INT(code, SI_TIMER);
	T_INT(value, 31);
	memset(&its, 0, sizeof its);
	T_OK(timer_settime(t, 0, &its, 0));
	T_OK(timer_delete(t));

	sem_init(&thread_ran, 0, 0);
	memset(&ev, 0, sizeof ev);
	ev.sigev_notify = SIGEV_THREAD;
	ev.sigev_notify_function = notify;
	ev.sigev_value.sival_int = 77;
	if (!T_OK(timer_create(CLOCK_REALTIME, &ev, &t)))
		return t_status;
	its.it_value.tv_nsec = 10000000;
	T_OK(timer_settime(t, 0, &its, 0));
	clock_gettime(CLOCK_REALTIME, &deadline);
	deadline.tv_sec += 5;
	T_OK(sem_timedwait(&thread_ran, &deadline));
	T(!pthread_equal(notify_thread, pthread_self()));
	T_OK(timer_delete(t));
	return t_status;
}
