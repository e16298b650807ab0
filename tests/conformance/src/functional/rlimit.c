/* getrlimit/setrlimit: lowering RLIMIT_NOFILE makes open fail with EMFILE
 * at the limit; the soft limit cannot exceed the hard one; getrusage
 * reports CPU time */
#include <errno.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	struct rlimit old, r;
	struct rusage ru;
	int fds[64], n = 0, i;
	volatile unsigned long x = 0;
	long long t0;

	T_OK(getrlimit(RLIMIT_NOFILE, &old));
	T(old.rlim_cur >= 20);
	r = old;
	r.rlim_cur = 16;
	T_OK(setrlimit(RLIMIT_NOFILE, &r));
	T_OK(getrlimit(RLIMIT_NOFILE, &r));
	T_INT(r.rlim_cur, 16);
	for (i = 0; i < 64; i++) {
		fds[n] = open("/dev/null", O_RDONLY);
		if (fds[n] < 0)
			break;
		if (fds[n] >= 16)
			t_error("descriptor %d above the limit\n", fds[n]);
		n++;
	}
	T_FAIL(open("/dev/null", O_RDONLY), EMFILE);
	T_FAIL(dup(fds[0]), EMFILE);
	while (n--)
		close(fds[n]);
	T_OK(setrlimit(RLIMIT_NOFILE, &old));

	if (old.rlim_max != RLIM_INFINITY) {
		r = old;
		r.rlim_cur = old.rlim_max + 1;
		T_FAIL(setrlimit(RLIMIT_NOFILE, &r), EINVAL);
	}
	T_OK(getrlimit(RLIMIT_STACK, &r));
	T(r.rlim_cur == RLIM_INFINITY || r.rlim_cur >= 65536);

	t0 = t_ns();
	while (t_ns() - t0 < 30000000)
		x++;
	T_OK(getrusage(RUSAGE_SELF, &ru));
	T(ru.ru_utime.tv_sec > 0 || ru.ru_utime.tv_usec > 0 || ru.ru_stime.tv_usec > 0);
	return t_status;
}
