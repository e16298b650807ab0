/* wide-character stdio in a UTF-8 locale: fputws/fgetwc convert to and from
 * UTF-8 bytes, fwide orientation, swprintf/swscanf, %ls and %lc in
 * printf, wcstod and wcstoul */
#define _XOPEN_SOURCE 700
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include "test.h"

int main(void)
{
	FILE *f;
	char b[64];
	wchar_t w[32], *end;
	int n;

	if (!t_utf8())
		return t_status;
	f = tmpfile();
	if (!T(f != 0))
		return t_status;
	T_INT(fwide(f, 0), 0);
	T(fputws(L"h\xe9\x20ac\n", f) >= 0);
	T(fwide(f, 0) > 0);
	T_INT(fputwc(0x1f600, f), 0x1f600);
	rewind(f);
	T_INT(fgetwc(f), L'h');
	T_INT(fgetwc(f), 0xe9);
	T_INT(fgetwc(f), 0x20ac);
	T_INT(fgetwc(f), L'\n');
	T_INT(fgetwc(f), 0x1f600);
	T_INT(fgetwc(f), WEOF);
	fclose(f);

	/* the bytes in the file are UTF-8 */
	f = tmpfile();
	fputws(L"\xe9t\xe9", f);
	fflush(f);
	T_INT(pread(fileno(f), b, sizeof b, 0), 5);
	T(!memcmp(b, "\xc3\xa9t\xc3\xa9", 5));
	fclose(f);

	n = swprintf(w, 32, L"%d-%ls-%lc", 42, L"\xe9t\xe9", (wint_t)0x20ac);
	T_INT(n, 8);
	T(!wcscmp(w, L"42-\xe9t\xe9-\x20ac"));
	T_INT(swprintf(w, 3, L"%s", "abcdef"), -1);
	T_INT(swscanf(L"17 \xe9l\xe8ve", L"%d %ls", &n, w), 2);
	T_INT(n, 17);
	T(!wcscmp(w, L"\xe9l\xe8ve"));
	snprintf(b, sizeof b, "%ls|%lc", L"\x20ac", (wint_t)0xe9);
	T_STR(b, "\xe2\x82\xac|\xc3\xa9");
	T_DBL(wcstod(L" 2.5e1x", &end), 25.0);
	T(*end == L'x');
	T_INT(wcstoul(L"ff", 0, 16), 255);
	return t_status;
}
