/* x86_64-ukl: no vDSO; the kernel functions of <asm/ukl.h> stand in for
 * its clock_gettime and getcpu, which musl looks up here.  They return
 * UKL_FALLBACK (1) where the vDSO would make the system call; musl's
 * clock_gettime takes any result but 0 and -EINVAL for that and makes it
 * (getcpu always answers).  The app calls them in ring 0 like any function
 * of its own. */
#include <string.h>
#include <time.h>
#include <asm/ukl.h>
#include "syscall.h"

int UKL_CLOCK_GETTIME(clockid_t, struct timespec *);
long UKL_GETCPU(unsigned *, unsigned *, void *);

void *__vdsosym(const char *vername, const char *name)
{
	if (!strcmp(name, VDSO_CGT_SYM))
		return (void *)UKL_CLOCK_GETTIME;
	if (!strcmp(name, VDSO_GETCPU_SYM))
		return (void *)UKL_GETCPU;
	return 0;
}
