/* setlocale: "C" and "POSIX" exist, a UTF-8 C locale exists, query with a
 * null pointer; back to C; localeconv in C.  (An unknown name is
 * accepted by musl by design, so it is not tested.) */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

int main(void)
{
	struct lconv *lc;
	char *s;

	T_STR(setlocale(LC_ALL, 0), "C");
	T_STR(setlocale(LC_ALL, "C"), "C");
	T(setlocale(LC_ALL, "POSIX") != 0);
	T_INT(MB_CUR_MAX, 1);
	if (t_utf8()) {
		T(MB_CUR_MAX >= 4);
		s = setlocale(LC_CTYPE, 0);
		T(s && (strstr(s, "UTF-8") || strstr(s, "utf8")));
		T(setlocale(LC_NUMERIC, 0) && !strcmp(setlocale(LC_NUMERIC, 0), "C"));
	}
	T_STR(setlocale(LC_ALL, "C"), "C");
	T_INT(MB_CUR_MAX, 1);
	lc = localeconv();
	T(lc != 0);
	T_STR(lc->decimal_point, ".");
	T_STR(lc->thousands_sep, "");
	T_STR(lc->currency_symbol, "");
	return t_status;
}
