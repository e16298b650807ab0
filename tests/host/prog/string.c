/* string.h, strto*, qsort and bsearch */
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>
#include "test.h"

static int cmp(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

int main(void)
{
	char b[64], *save, *tok;
	int v[100], i, key = 37;
	char *end;

	T_INT(strlen("hello"), (size_t)5);
	strcpy(b, "abc");
	strcat(b, "def");
	T_STR(b, "abcdef");
	T(strcmp("abc", "abd") < 0);
	T(strncmp("abcx", "abcy", 3) == 0);
	T(strcasecmp("HeLLo", "hello") == 0);
	T_STR(strstr("needle in haystack", "hay"), "haystack");
	T_STR(strchr("a.b.c", '.'), ".b.c");
	T_STR(strrchr("a.b.c", '.'), ".c");
	strcpy(b, "0123456789");
	memmove(b + 2, b, 5);
	T_STR(b, "0101234789");
	memset(b, 'x', 3);
	T(memcmp(b, "xxx1", 4) == 0);
	strcpy(b, "a,b,,c");
	tok = strtok_r(b, ",", &save);
	T_STR(tok, "a");
	tok = strtok_r(0, ",", &save);
	T_STR(tok, "b");
	tok = strtok_r(0, ",", &save);
	T_STR(tok, "c");
	T(strtok_r(0, ",", &save) == 0);

	T_INT(strtol("-1234xyz", &end, 10), -1234L);
	T_STR(end, "xyz");
	T_HEX(strtoul("0xdeadbeef", 0, 16), 0xdeadbeefUL);
	T_INT(strtol("0777", 0, 0), 511L);
	errno = 0;
	T_INT(strtol("99999999999999999999", 0, 10), LONG_MAX);
	T_INT(errno, ERANGE);
	T(strtod("1.5e3", 0) == 1500.0);
	T(strtod("0x1p-2", 0) == 0.25);
	T_STR(strerror(ENOENT), "No such file or directory");

	for (i = 0; i < 100; i++)
		v[i] = (i * 37) % 101;
	qsort(v, 100, sizeof *v, cmp);
	for (i = 1; i < 100; i++)
		T(v[i - 1] < v[i]);
	T(bsearch(&key, v, 100, sizeof *v, cmp) != 0);
	return t_status;
}
