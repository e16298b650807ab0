/* pthread_kill runs the handler in the target thread; each thread has its
 * own signal mask; a signal sent to the process goes to the thread that
 * unblocks it */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "test.h"

static pthread_t target;
static volatile pthread_t ran_in;
static volatile sig_atomic_t got;
static sem_t ready, done;

static void h(int sig)
{
	ran_in = pthread_self();
	got = sig;
	sem_post(&done);
}

/* SIGUSR1 unblocked only inside sigsuspend: a signal sent between the
 * test of got and the wait is not lost */
static void *worker(void *arg)
{
	sigset_t w;
	(void)arg;
	pthread_sigmask(SIG_BLOCK, 0, &w);
	sigdelset(&w, SIGUSR1);
	sem_post(&ready);
	while (!got)
		sigsuspend(&w);
	return 0;
}

int main(void)
{
	struct sigaction sa;
	sigset_t s, cur;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sigaction(SIGUSR1, &sa, 0);
	sigaction(SIGUSR2, &sa, 0);
	sem_init(&ready, 0, 0);
	sem_init(&done, 0, 0);
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	T_INT(pthread_sigmask(SIG_BLOCK, &s, 0), 0);
	T_INT(pthread_create(&target, 0, worker, 0), 0);
	sem_wait(&ready);
	/* the process-directed signal can only go to the worker */
	T_OK(kill(getpid(), SIGUSR1));
	sem_wait(&done);
	T(pthread_equal(ran_in, target));
	pthread_join(target, 0);
	pthread_sigmask(SIG_BLOCK, 0, &cur);
	T(sigismember(&cur, SIGUSR1));

	got = 0;
	T_INT(pthread_kill(pthread_self(), SIGUSR2), 0);
	T_INT(got, SIGUSR2);
	T(pthread_equal(ran_in, pthread_self()));
	T_INT(pthread_kill(pthread_self(), 0), 0);
	return t_status;
}
