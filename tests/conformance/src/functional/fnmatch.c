/* fnmatch: * ? [...] [!...], escapes, FNM_PATHNAME, FNM_PERIOD,
 * FNM_NOESCAPE, FNM_NOMATCH */
#include <fnmatch.h>
#include "test.h"

static void f(const char *pat, const char *s, int flags, int want)
{
	int r = fnmatch(pat, s, flags);
	if (want ? r != FNM_NOMATCH : r != 0)
		t_error("fnmatch(\"%s\", \"%s\", %#x) = %d, expected %s\n", pat, s, flags, r,
			want ? "FNM_NOMATCH" : "0");
}

int main(void)
{
	f("*", "", 0, 0);
	f("*.c", "main.c", 0, 0);
	f("*.c", "main.h", 0, 1);
	f("a?c", "abc", 0, 0);
	f("a?c", "ac", 0, 1);
	f("[a-c]x", "bx", 0, 0);
	f("[!a-c]x", "bx", 0, 1);
	f("[!a-c]x", "dx", 0, 0);
	f("[]]", "]", 0, 0);
	f("[!]]", "]", 0, 1);
	f("[[:digit:]]*", "7up", 0, 0);
	f("\\*", "*", 0, 0);
	f("\\*", "x", 0, 1);
	f("\\*", "\\*", FNM_NOESCAPE, 0);
	f("a*b", "a/b", 0, 0);
	f("a*b", "a/b", FNM_PATHNAME, 1);
	f("a/*", "a/b", FNM_PATHNAME, 0);
	f("a?b", "a/b", FNM_PATHNAME, 1);
	f("a[/]b", "a/b", FNM_PATHNAME, 1);
	f("*", ".hidden", FNM_PERIOD, 1);
	f(".*", ".hidden", FNM_PERIOD, 0);
	f("*", ".hidden", 0, 0);
	f("a/*", "a/.h", FNM_PATHNAME | FNM_PERIOD, 1);
	f("a/*", "a/.h", FNM_PERIOD, 0);
	f("*a*a*a*a*a*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 0, 1);
	T(FNM_NOMATCH != 0);
	return t_status;
}
