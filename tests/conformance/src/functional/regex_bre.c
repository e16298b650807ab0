/* basic regular expressions: anchors, \( \) groups and their offsets,
 * \{m,n\}, back-references, bracket expressions, REG_NOMATCH */
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

/* match re against s (BRE): t_regmatch */
static void m(const char *re, int cflags, const char *s, int n, const char *want)
{
	t_regmatch(re, cflags, 0, s, n, want);
}

int main(void)
{
	m("abc", 0, "xxabcxx", 1, "2,5");
	m("^abc", 0, "xabc", 1, 0);
	m("abc$", 0, "xabc", 1, "1,4");
	m("a.c", 0, "abc", 1, "0,3");
	m("ab*c", 0, "ac abbbc", 1, "0,2");
	m("\\(a*\\)\\(b\\)", 0, "xaab", 3, "1,4 1,3 3,4");
	m("\\(a\\)\\(x\\)*b", 0, "ab", 3, "0,2 0,1 -1,-1");
	m("a\\{2,3\\}", 0, "aaaa", 1, "0,3");
	m("a\\{2\\}", 0, "a", 1, 0);
	m("\\(ab\\)\\1", 0, "xababx", 2, "1,5 1,3");
	m("\\(a\\)\\1", 0, "ab", 1, 0);
	m("[[:digit:]][[:digit:]]*", 0, "ab123c", 1, "2,5");
	m("[^a-c]", 0, "abcd", 1, "3,4");
	m("[]x]", 0, "a]", 1, "1,2");
	m("a+b", 0, "a+b", 1, "0,3");	/* + is literal in a BRE */
	m("a|b", 0, "a|b", 1, "0,3");
	m("x*", 0, "abc", 1, "0,0");
	m("\\.", 0, "a.b", 1, "1,2");
	m("*a", 0, "x*a", 1, "1,3");	/* a leading * is literal */
	return t_status;
}
