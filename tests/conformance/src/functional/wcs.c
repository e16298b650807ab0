/* wide strings: wcslen, wcscpy, wcscmp, wcschr, wcsstr, wmemmove,
 * wmemset, wcstol, wcsncpy */
#include <wchar.h>
#include "test.h"

int main(void)
{
	wchar_t b[32], *end;

	T_INT(wcslen(L"hello"), 5);
	T(wcscpy(b, L"abc") == b);
	T(wcscmp(b, L"abc") == 0);
	T(wcscmp(L"abc", L"abd") < 0);
	T(wcscmp(L"\x10000", L"a") > 0);
	T(wcschr(L"hello", L'l') != 0 && *wcschr(L"hello", L'l') == L'l');
	{
		const wchar_t *h = L"hello";
		T(wcsrchr(h, L'l') == h + 3);
		T(wcsstr(h, L"llo") == h + 2);
		T(wcsstr(h, L"") == h);
		T(wcsstr(h, L"lol") == 0);
	}
	wcscpy(b, L"abcdef");
	T(wmemmove(b + 1, b, 5) == b + 1);
	T(wcscmp(b, L"aabcde") == 0);
	wmemset(b, L'z', 3);
	T(wcscmp(b, L"zzzcde") == 0);
	T_INT(wcstol(L"  -123xyz", &end, 10), -123);
	T(*end == L'x');
	T_INT(wcstol(L"0x1F", 0, 16), 31);
	wmemset(b, L'q', 8);
	wcsncpy(b, L"ab", 5);
	T(b[2] == 0 && b[4] == 0 && b[5] == L'q');
	T(wcsncmp(L"abcx", L"abcy", 3) == 0);
	return t_status;
}
