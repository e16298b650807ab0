/* system information: sysconf page size and processors, uname, gethostname,
 * getpid/getppid/getuid (root), getauxval(AT_PAGESZ), clock ticks */
#define _GNU_SOURCE
#include <string.h>
#include <sys/auxv.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	struct utsname u;
	char host[256];

	T_INT(sysconf(_SC_PAGESIZE), 4096);
	T_INT(getpagesize(), 4096);
	T_INT(getauxval(AT_PAGESZ), 4096);
	T(sysconf(_SC_NPROCESSORS_ONLN) >= 1);
	T(sysconf(_SC_NPROCESSORS_CONF) >= sysconf(_SC_NPROCESSORS_ONLN));
	T_INT(sysconf(_SC_CLK_TCK), 100);
	T(sysconf(_SC_OPEN_MAX) >= 20);
	T(sysconf(_SC_ARG_MAX) >= 4096);
	T_OK(uname(&u));
	T_STR(u.sysname, "Linux");
	T_STR(u.machine, "x86_64");
	T(u.release[0] >= '1' && u.release[0] <= '9');
	T_OK(gethostname(host, sizeof host));
	T_STR(host, u.nodename);
	T(getpid() > 0 && getppid() >= 0 && getpid() != getppid());
	T_INT(getuid(), 0);
	T_INT(geteuid(), 0);
	return t_status;
}
