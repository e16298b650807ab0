/* wide character classes and case mapping in a UTF-8 locale, wctype and
 * wctrans by name, wcwidth of simple characters */
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <wchar.h>
#include <wctype.h>
#include "test.h"

int main(void)
{
	if (!t_utf8())
		return t_status;
	T(iswalpha(L'a') && iswalpha(0xe9) && iswalpha(0x3b1) && iswalpha(0x4e2d));
	T(!iswalpha(L'1') && !iswalpha(0x20ac));
	T(iswupper(0xc9) && iswlower(0xe9));
	T_INT(towupper(0xe9), 0xc9);
	T_INT(towlower(0x391), 0x3b1);
	T_INT(towupper(0x3c9), 0x3a9);
	T_INT(towupper(L'1'), L'1');
	T(iswdigit(L'7') && !iswdigit(0x661));
	T(iswspace(L' ') && iswspace(0x2003) && !iswspace(0xa0 + 0x100));
	T(iswpunct(L'!'));
	T(iswctype(0xe9, wctype("alpha")));
	T(!iswctype(L'1', wctype("alpha")));
	T(wctype("no-such-class") == 0);
	T_INT(towctrans(0xe9, wctrans("toupper")), 0xc9);
	T_INT(wcwidth(L'a'), 1);
	T_INT(wcwidth(0x4e2d), 2);
	T_INT(wcwidth(0), 0);
	T_INT(wcwidth(0x301), 0);	/* combining acute accent */
	return t_status;
}
