#include <regex.h>
#include <stdio.h>
#include <string.h>
#include "test.h"

void t_regmatch(const char *re, int cflags, int eflags, const char *s, int n, const char *want)
{
	regex_t r;
	regmatch_t pm[10];
	char got[128] = "", item[24];
	int e, i;

	e = regcomp(&r, re, cflags);
	if (e) {
		t_error("regcomp(\"%s\") = %d\n", re, e);
		return;
	}
	e = regexec(&r, s, n, n ? pm : 0, eflags);
	if (!want) {
		if (e != REG_NOMATCH)
			t_error("\"%s\" on \"%s\": %d, expected REG_NOMATCH\n", re, s, e);
	} else if (e) {
		t_error("\"%s\" on \"%s\": no match, expected %s\n", re, s, want);
	} else {
		for (i = 0; i < n; i++) {
			snprintf(item, sizeof item, "%s%d,%d", i ? " " : "", (int)pm[i].rm_so, (int)pm[i].rm_eo);
			strcat(got, item);
		}
		if (strcmp(got, want))
			t_error("\"%s\" on \"%s\": %s, expected %s\n", re, s, got, want);
	}
	regfree(&r);
}
