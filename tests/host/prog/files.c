/* files and directories through the usual calls */
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>
#include <dirent.h>
#include <string.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "test.h"

int main(void)
{
	char dir[] = "/tmp/ukl-files-XXXXXX", path[64], path2[64], buf[16];
	struct stat st;
	DIR *d;
	struct dirent *de;
	int fd, n = 0;

	T(mkdtemp(dir) != 0);
	snprintf(path, sizeof path, "%s/a", dir);
	snprintf(path2, sizeof path2, "%s/b", dir);
	fd = open(path, O_CREAT | O_RDWR | O_EXCL, 0640);
	T(fd >= 0);
	T_INT(write(fd, "hello, file", 11), (ssize_t)11);
	T(lseek(fd, 7, SEEK_SET) == 7);
	T_INT(read(fd, buf, sizeof buf), (ssize_t)4);
	T(memcmp(buf, "file", 4) == 0);
	T_INT(pread(fd, buf, 5, 0), (ssize_t)5);
	T(fstat(fd, &st) == 0);
	T_INT((long long)st.st_size, 11LL);
	T_HEX((unsigned)(st.st_mode & 0777), 0640u);
	T(dup2(fd, 20) == 20);
	T(fcntl(20, F_GETFD) == 0);
	T(fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 && fcntl(fd, F_GETFD) == FD_CLOEXEC);
	close(20);
	close(fd);
	T(open(path, O_CREAT | O_EXCL | O_RDWR, 0600) == -1 && errno == EEXIST);
	T(rename(path, path2) == 0);
	T(stat(path, &st) == -1 && errno == ENOENT);
	T(stat(path2, &st) == 0 && S_ISREG(st.st_mode));
	snprintf(path, sizeof path, "%s/sub", dir);
	T(mkdir(path, 0755) == 0);
	d = opendir(dir);
	T(d != 0);
	while ((de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			n++;
	closedir(d);
	T_INT(n, 2);
	T(rmdir(path) == 0);
	T(unlink(path2) == 0);
	T(rmdir(dir) == 0);
	T(access(dir, F_OK) == -1 && errno == ENOENT);
	return t_status;
}
