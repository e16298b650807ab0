/* O_APPEND: every write goes to the end, whatever the offset, also for a
 * second descriptor writing in between; pwrite on Linux appends too */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "test.h"

int main(void)
{
	const char *p = t_tmppath("f");
	int a = open(p, O_WRONLY | O_CREAT | O_APPEND, 0600), w, r;
	char b[32];

	if (!T_OK(a))
		return t_status;
	w = open(p, O_WRONLY);
	T_INT(write(a, "one", 3), 3);
	T_INT(lseek(a, 0, SEEK_SET), 0);
	T_INT(write(a, "two", 3), 3);
	T_INT(lseek(a, 0, SEEK_CUR), 6);
	T_INT(pwrite(w, "XY", 2, 6), 2);
	T_INT(write(a, "3", 1), 1);
	r = open(p, O_RDONLY);
	T_INT(read(r, b, sizeof b), 9);
	T(!memcmp(b, "onetwoXY3", 9));
	close(a);
	close(w);
	close(r);
	return t_status;
}
