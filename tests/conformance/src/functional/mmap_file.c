#define _DEFAULT_SOURCE
/* mmap: a shared file mapping sees and makes changes visible through
 * read/write; a private mapping does not write back; anonymous memory is
 * zeroed; mprotect and munmap; EINVAL for length 0 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	long pg = sysconf(_SC_PAGESIZE);
	int fd = open(t_tmppath("f"), O_RDWR | O_CREAT, 0600);
	char *m, *q, b[8];
	size_t i;

	if (!T_OK(fd))
		return t_status;
	T(pg >= 4096);
	T_OK(ftruncate(fd, 2 * pg));
	m = mmap(0, 2 * pg, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (!T(m != MAP_FAILED))
		return t_status;
	T(m[0] == 0 && m[2 * pg - 1] == 0);
	memcpy(m + pg, "mapped", 6);
	T_OK(msync(m, 2 * pg, MS_SYNC));
	T_INT(pread(fd, b, 6, pg), 6);
	T(!memcmp(b, "mapped", 6));
	T_INT(pwrite(fd, "write", 5, 10), 5);
	T(!memcmp(m + 10, "write", 5));

	q = mmap(0, pg, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	T(q != MAP_FAILED);
	T(!memcmp(q + 10, "write", 5));
	q[10] = 'W';
	T(m[10] == 'w');
	T_OK(munmap(q, pg));

	q = mmap(0, 4 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	T(q != MAP_FAILED);
	for (i = 0; i < 4 * (size_t)pg; i += 512)
		if (q[i]) {
			t_error("anonymous memory not zero at %zu\n", i);
			break;
		}
	q[pg] = 1;
	T_OK(mprotect(q, pg, PROT_READ));
	T(q[0] == 0 && q[pg] == 1);
	T_OK(munmap(q, 4 * pg));
	T_OK(munmap(m, 2 * pg));
	T(mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED && errno == EINVAL);
	T(mmap(0, pg, PROT_READ, MAP_SHARED, -1, 0) == MAP_FAILED && errno == EBADF);
	close(fd);
	return t_status;
}
