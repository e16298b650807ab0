/* a read blocked on an empty pipe interrupted by pthread_kill from another
 * thread: EINTR without SA_RESTART; with SA_RESTART the read continues
 * until the thread writes */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "test.h"

static int p[2];
static pthread_t main_thread;
static volatile sig_atomic_t n, returned;

static void h(int sig) { (void)sig; n++; }

static void pause_ms(int ms)
{
	struct timespec ts = { 0, ms * 1000000L };
	nanosleep(&ts, 0);
}

/* three signals; without SA_RESTART, more until the read returned, in
 * case the first came before it blocked */
static void *poker(void *arg)
{
	int i;
	for (i = 0; i < 3 || (!arg && !returned); i++) {
		pause_ms(15);
		pthread_kill(main_thread, SIGUSR1);
	}
	if (arg) {
		pause_ms(15);
		write(p[1], "w", 1);
	}
	return 0;
}

static int run(int flags, char *c)
{
	struct sigaction sa;
	pthread_t t;
	int r;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h;
	sa.sa_flags = flags;
	sigaction(SIGUSR1, &sa, 0);
	n = 0;
	returned = 0;
	pthread_create(&t, 0, poker, flags ? (void *)1 : 0);
	r = read(p[0], c, 1);
	returned = 1;
	pthread_join(t, 0);
	return r;
}

int main(void)
{
	char c = 0;
	int r;

	main_thread = pthread_self();
	if (!T_OK(pipe(p)))
		return t_status;
	r = run(0, &c);
	T_FAIL(r, EINTR);
	r = run(SA_RESTART, &c);
	T_INT(r, 1);
	T_INT(c, 'w');
	T_INT(n, 3);
	return t_status;
}
