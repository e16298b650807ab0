/* libc reaches the kernel only through the UKL entry (here the hosted
 * shim, which counts calls); errors come back as errno */
#include <unistd.h>
#include <errno.h>
#include <sys/syscall.h>
#include "test.h"

extern unsigned long ukl_hosted_calls;

int main(void)
{
	unsigned long before = ukl_hosted_calls;
	pid_t pid = getpid();

	T_INT(ukl_hosted_calls - before, 1UL);
	T_INT(syscall(SYS_getpid), (long)pid);
	T_INT(ukl_hosted_calls - before, 2UL);
	errno = 0;
	T_INT(syscall(100000), -1L);
	T_INT(errno, ENOSYS);
	errno = 0;
	T(close(-1) == -1 && errno == EBADF);
	T_INT(syscall(SYS_getppid), (long)getppid());
	return t_status;
}
