/* extended regular expressions: alternation, + ? {m,n}, groups and their
 * offsets, the leftmost-longest rule, REG_ICASE, REG_NEWLINE, REG_NOTBOL,
 * REG_NOSUB, and compile errors */
#include <regex.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

static void m(const char *re, int cflags, int eflags, const char *s, int n, const char *want)
{
	t_regmatch(re, cflags | REG_EXTENDED, eflags, s, n, want);
}

static void bad(const char *re, int want)
{
	regex_t r;
	char msg[128];
	int e = regcomp(&r, re, REG_EXTENDED);
	if (e != want)
		t_error("regcomp(\"%s\") = %d, expected %d\n", re, e, want);
	if (e) {
		if (regerror(e, &r, msg, sizeof msg) == 0 || !msg[0])
			t_error("regerror(%d) gave no message\n", e);
	} else
		regfree(&r);
}

int main(void)
{
	m("cat|dog", 0, 0, "hotdog", 1, "3,6");
	m("a+", 0, 0, "baaac", 1, "1,4");
	m("colou?r", 0, 0, "color", 1, "0,5");
	m("(ab){2}", 0, 0, "abababx", 2, "0,4 2,4");
	m("x(a|ab)(c|bcd)", 0, 0, "xabcd", 3, "0,5 1,2 2,5");
	m("(a|ab)(bc)?", 0, 0, "abc", 1, "0,3");	/* longest overall */
	m("([0-9]+)-([0-9]+)", 0, 0, "tel 555-1234.", 3, "4,12 4,7 8,12");
	m("^(.*)=(.*)$", 0, 0, "key=value", 3, "0,9 0,3 4,9");
	m("(a)|(b)", 0, 0, "b", 3, "0,1 -1,-1 0,1");
	m("a{2,}", 0, 0, "aaaaa", 1, "0,5");
	m("\\(x\\)", 0, 0, "(x)", 1, "0,3");
	m("HeLLo", REG_ICASE, 0, "say hello", 1, "4,9");
	m("[a-c]+", REG_ICASE, 0, "xABCx", 1, "1,4");
	m("^b", 0, 0, "a\nb", 1, 0);
	m("^b", REG_NEWLINE, 0, "a\nb", 1, "2,3");
	m("a$", REG_NEWLINE, 0, "a\nb", 1, "0,1");
	m("a.b", REG_NEWLINE, 0, "a\nb", 1, 0);
	m("a.b", 0, 0, "a\nb", 1, "0,3");
	m("^a", 0, REG_NOTBOL, "a", 1, 0);
	m("b$", 0, REG_NOTEOL, "ab", 1, 0);
	m("a+", REG_NOSUB, 0, "baa", 0, "");
	m("x+", REG_NOSUB, 0, "baa", 0, 0);
	m("[[:alpha:]_][[:alnum:]_]*", 0, 0, "9 _id3 ", 1, "2,6");
	bad("a(b", REG_EPAREN);
	bad("[ab", REG_EBRACK);
	bad("a{2,1}", REG_BADBR);
	bad("[[:nope:]]", REG_ECTYPE);
	return t_status;
}
