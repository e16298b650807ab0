/* strcpy, strncpy (pads with NULs, no terminator when full), strcat,
 * strncat, stpcpy, stpncpy, strdup, strndup */
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	char b[16], *p;

	memset(b, 'x', sizeof b);
	T(strcpy(b, "abc") == b);
	T(!memcmp(b, "abc\0x", 5));
	memset(b, 'x', sizeof b);
	T(strncpy(b, "ab", 6) == b);
	T(!memcmp(b, "ab\0\0\0\0x", 7));
	memset(b, 'x', sizeof b);
	strncpy(b, "abcdef", 3);
	T(!memcmp(b, "abcx", 4));
	strcpy(b, "ab");
	T(strcat(b, "cd") == b);
	T_STR(b, "abcd");
	T(strncat(b, "efgh", 2) == b);
	T_STR(b, "abcdef");
	strncat(b, "", 5);
	T_STR(b, "abcdef");
	p = stpcpy(b, "xyz");
	T(p == b + 3 && *p == 0);
	memset(b, 'x', sizeof b);
	p = stpncpy(b, "ab", 5);
	T(p == b + 2 && !memcmp(b, "ab\0\0\0x", 6));
	p = stpncpy(b, "abcdefg", 3);
	T(p == b + 3);
	p = strdup("duplicate");
	T(p && !strcmp(p, "duplicate"));
	free(p);
	p = strndup("duplicate", 3);
	T(p && !strcmp(p, "dup"));
	free(p);
	p = strndup("ab", 10);
	T(p && !strcmp(p, "ab"));
	free(p);
	return t_status;
}
