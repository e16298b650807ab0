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

	TEQ("%zu", strlen("hello"), (size_t)5);
	strcpy(b, "abc");
	strcat(b, "def");
	TSTR(b, "abcdef");
	T(strcmp("abc", "abd") < 0);
	T(strncmp("abcx", "abcy", 3) == 0);
	T(strcasecmp("HeLLo", "hello") == 0);
	TSTR(strstr("needle in haystack", "hay"), "haystack");
	TSTR(strchr("a.b.c", '.'), ".b.c");
	TSTR(strrchr("a.b.c", '.'), ".c");
	strcpy(b, "0123456789");
	memmove(b + 2, b, 5);
	TSTR(b, "0101234789");
	memset(b, 'x', 3);
	T(memcmp(b, "xxx1", 4) == 0);
	strcpy(b, "a,b,,c");
	tok = strtok_r(b, ",", &save);
	TSTR(tok, "a");
	tok = strtok_r(0, ",", &save);
	TSTR(tok, "b");
	tok = strtok_r(0, ",", &save);
	TSTR(tok, "c");
	T(strtok_r(0, ",", &save) == 0);

	TEQ("%ld", strtol("-1234xyz", &end, 10), -1234L);
	TSTR(end, "xyz");
	TEQ("%lx", strtoul("0xdeadbeef", 0, 16), 0xdeadbeefUL);
	TEQ("%ld", strtol("0777", 0, 0), 511L);
	errno = 0;
	TEQ("%ld", strtol("99999999999999999999", 0, 10), LONG_MAX);
	TEQ("%d", errno, ERANGE);
	T(strtod("1.5e3", 0) == 1500.0);
	T(strtod("0x1p-2", 0) == 0.25);
	TSTR(strerror(ENOENT), "No such file or directory");

	for (i = 0; i < 100; i++)
		v[i] = (i * 37) % 101;
	qsort(v, 100, sizeof *v, cmp);
	for (i = 1; i < 100; i++)
		T(v[i - 1] < v[i]);
	T(bsearch(&key, v, 100, sizeof *v, cmp) != 0);
	return t_status;
}
