/* strtok, strtok_r (nested), strsep */
#define _DEFAULT_SOURCE
#include <string.h>
#include "test.h"

int main(void)
{
	char a[] = ",,a,bb;;c,", b[] = "x=1&y=2", c[] = "a,,b";
	char *save1, *save2, *t, *kv, *p;
	char got[64] = "";

	T_STR(strtok(a, ",;"), "a");
	T_STR(strtok(0, ",;"), "bb");
	T_STR(strtok(0, ",;"), "c");
	T(strtok(0, ",;") == 0);
	T(strtok(0, ",;") == 0);

	for (t = strtok_r(b, "&", &save1); t; t = strtok_r(0, "&", &save1)) {
		kv = strtok_r(t, "=", &save2);
		strcat(got, kv);
		strcat(got, ":");
		strcat(got, strtok_r(0, "=", &save2));
		strcat(got, " ");
	}
	T_STR(got, "x:1 y:2 ");

	{
		char d[] = ";;;";
		T(strtok_r(d, ";", &save1) == 0);
	}

	p = c;
	T_STR(strsep(&p, ","), "a");
	T_STR(strsep(&p, ","), "");
	T_STR(strsep(&p, ","), "b");
	T(p == 0);
	T(strsep(&p, ",") == 0);
	return t_status;
}
