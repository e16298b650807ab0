/* strchr, strrchr (including the NUL), strstr (empty, long and periodic
 * needles), memmem, strpbrk, strspn, strcspn */
#define _GNU_SOURCE
#include <string.h>
#include "test.h"

int main(void)
{
	const char *s = "hello, world";
	char hay[600], needle[300];
	int i;

	T(strchr(s, 'o') == s + 4);
	T(strrchr(s, 'o') == s + 8);
	T(strchr(s, 0) == s + 12);
	T(strrchr(s, 0) == s + 12);
	T(strchr(s, 'z') == 0);
	T(strchr("a\xff", 0xff) != 0);
	T(strstr(s, "") == s);
	T(strstr(s, "world") == s + 7);
	T(strstr(s, "worlds") == 0);
	T(strstr("aaab", "aab") != 0);
	T(strstr("abababac", "ababac") != 0);
	T(strstr("", "a") == 0);
	/* a long periodic needle near the end of a long haystack */
	memset(hay, 'a', sizeof hay - 1);
	hay[sizeof hay - 1] = 0;
	memset(needle, 'a', sizeof needle - 1);
	needle[sizeof needle - 1] = 0;
	needle[sizeof needle - 2] = 'b';
	T(strstr(hay, needle) == 0);
	hay[sizeof hay - 2] = 'b';
	T(strstr(hay, needle) == hay + sizeof hay - sizeof needle);
	T(memmem("abc\0def", 7, "\0de", 3) != 0);
	{
		const char *m = "abcdef";
		T(memmem(m, 6, "ef", 2) == m + 4);
		T(memmem(m, 5, "ef", 2) == 0);
		T(memmem(m, 6, "", 0) == m);
	}
	T(strpbrk(s, "wo") == s + 4);
	T(strpbrk(s, "xyz") == 0);
	T_INT(strspn(s, "leh"), 4);
	T_INT(strspn(s, ""), 0);
	T_INT(strspn("", "abc"), 0);
	T_INT(strcspn(s, ",w"), 5);
	T_INT(strcspn(s, ""), 12);
	for (i = 1; i < 256; i++) {
		char set[2] = { i, 0 }, str[3] = { 'a', i, 0 };
		if (strcspn(str, set) != (i == 'a' ? 0u : 1u))
			t_error("strcspn with byte %#x\n", i);
	}
	return t_status;
}
