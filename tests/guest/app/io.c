/* Pointers into the app's own image (a kernel-half address) passed to the
 * kernel: a string literal to open, a .data buffer to write, a .bss
 * buffer to read into; files, directories, pipes. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include "ukl_test.h"

static char data_msg[] = "from .data\n";
static char bss_buf[64];

UKL_TEST(files)
{
	struct stat st;
	int fd, n = 0;
	DIR *d;
	struct dirent *de;

	(void)argc; (void)argv;
	T((unsigned long)data_msg >= 0xffffffff80000000UL);
	fd = open("/tmp/ukl-file", O_CREAT | O_RDWR | O_TRUNC, 0644);
	T(fd >= 0);
	T_INT(write(fd, data_msg, sizeof data_msg - 1), (ssize_t)sizeof data_msg - 1);
	T(lseek(fd, 0, SEEK_SET) == 0);
	T_INT(read(fd, bss_buf, sizeof bss_buf), (ssize_t)sizeof data_msg - 1);
	T(!strcmp(bss_buf, data_msg));
	T(fstat(fd, &st) == 0 && st.st_size == (off_t)sizeof data_msg - 1);
	close(fd);
	T(stat("/tmp/ukl-file", &st) == 0 && S_ISREG(st.st_mode));
	T(mkdir("/tmp/ukl-dir", 0755) == 0);
	T(rename("/tmp/ukl-file", "/tmp/ukl-dir/moved") == 0);
	d = opendir("/tmp/ukl-dir");
	T(d != 0);
	while (d && (de = readdir(d)))
		n += !strcmp(de->d_name, "moved");
	if (d)
		closedir(d);
	T_INT(n, 1);
	T(unlink("/tmp/ukl-dir/moved") == 0 && rmdir("/tmp/ukl-dir") == 0);
	return 0;
}

UKL_TEST(pipes)
{
	int p[2];
	char buf[16];

	(void)argc; (void)argv;
	T(pipe(p) == 0);
	T_INT(write(p[1], "through a pipe", 14), (ssize_t)14);
	T_INT(read(p[0], buf, sizeof buf), (ssize_t)14);
	T(!memcmp(buf, "through a pipe", 14));
	return 0;
}

/* Short string literals, which the kernel has too: the app's copies are
 * its own (no string merging with the kernel's), so uaccess takes them. */
UKL_TEST(literals)
{
	static const char *lit[] = { "\n", "r", "%s\n", "0", "/" };
	char buf[8];
	size_t i, len;
	int p[2];

	(void)argc; (void)argv;
	T(pipe(p) == 0);
	for (i = 0; i < sizeof lit / sizeof *lit; i++) {
		len = strlen(lit[i]);
		if (write(p[1], lit[i], len) != (ssize_t)len) {
			t_error("write of \"%s\" at %p: %s\n", lit[i], (void *)lit[i], strerror(errno));
			continue;
		}
		T(read(p[0], buf, sizeof buf) == (ssize_t)len && !memcmp(buf, lit[i], len));
	}
	return 0;
}
