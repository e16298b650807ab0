/* deferred cancellation of a thread blocked in read() on an empty pipe:
 * the read is a cancellation point, cleanup handlers run in reverse
 * order, join returns PTHREAD_CANCELED and a byte written afterwards is
 * still in the pipe (the read never completed).  If the thread is not
 * cancelled within 2 s, the test fails and unblocks it with a byte. */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "test.h"

static int p[2];
static char order[8];
static volatile int before_read, after_read;
static sem_t done;

static void cleanup(void *arg)
{
	strcat(order, arg);
	if (!strcmp(arg, "1"))
		sem_post(&done);
}

static void *reader(void *arg)
{
	char c;
	(void)arg;
	pthread_cleanup_push(cleanup, "1");
	pthread_cleanup_push(cleanup, "2");
	before_read = 1;
	read(p[0], &c, 1);
	after_read = 1;
	pthread_cleanup_pop(0);
	pthread_cleanup_pop(0);
	return 0;
}

int main(void)
{
	struct timespec ts = { 0, 20000000 }, deadline;
	pthread_t t;
	void *r;
	char c;
	int e;

	if (!T_OK(pipe(p)))
		return t_status;
	sem_init(&done, 0, 0);
	T_INT(pthread_create(&t, 0, reader, 0), 0);
	while (!before_read)
		nanosleep(&ts, 0);
	nanosleep(&ts, 0);	/* let it block in read */
	T_INT(pthread_cancel(t), 0);
	clock_gettime(CLOCK_REALTIME, &deadline);
	deadline.tv_sec += 2;
	while ((e = sem_timedwait(&done, &deadline)) && errno == EINTR);
	if (e) {
		t_error("the thread blocked in read() was not cancelled within 2 s\n");
		write(p[1], "x", 1);
		pthread_join(t, 0);
		return t_status;
	}
	T_INT(pthread_join(t, &r), 0);
	T(r == PTHREAD_CANCELED);
	T_STR(order, "21");
	T_INT(after_read, 0);
	T_INT(write(p[1], "x", 1), 1);
	T_INT(read(p[0], &c, 1), 1);
	return t_status;
}
