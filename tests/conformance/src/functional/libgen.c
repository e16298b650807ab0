/* basename and dirname (POSIX, <libgen.h>) on the cases POSIX lists */
#include <libgen.h>
#include <string.h>
#include "test.h"

static void bd(const char *path, const char *base, const char *dir)
{
	char a[64], b[64];
	strcpy(a, path);
	strcpy(b, path);
	T_STR(basename(a), base);
	T_STR(dirname(b), dir);
}

int main(void)
{
	bd("/usr/lib", "lib", "/usr");
	bd("/usr/", "usr", "/");
	bd("usr", "usr", ".");
	bd("/", "/", "/");
	bd(".", ".", ".");
	bd("..", "..", ".");
	bd("a//b//", "b", "a");
	bd("///", "/", "/");
	T_STR(basename(0), ".");
	T_STR(dirname(0), ".");
	{
		char e[1] = "";
		T_STR(basename(e), ".");
	}
	return t_status;
}
