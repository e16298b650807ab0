/* wcrtomb, wcstombs, mbstowcs, wctob, btowc in a UTF-8 locale; EILSEQ for
 * a surrogate (values above U+10FFFF: see musl/utf8_strict) */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "test.h"

static void enc(wchar_t wc, const char *want)
{
	char b[MB_LEN_MAX + 1];
	size_t n = wcrtomb(b, wc, 0);
	if (n != strlen(want) || memcmp(b, want, n))
		t_error("wcrtomb(%#x) = %zd\n", (unsigned)wc, (ssize_t)n);
}

int main(void)
{
	char b[64];
	wchar_t w[16];
	size_t n;

	if (!t_utf8())
		return t_status;
	enc(L'A', "A");
	enc(0xe9, "\xc3\xa9");
	enc(0x7ff, "\xdf\xbf");
	enc(0x800, "\xe0\xa0\x80");
	enc(0x20ac, "\xe2\x82\xac");
	enc(0xffff, "\xef\xbf\xbf");
	enc(0x1f600, "\xf0\x9f\x98\x80");
	enc(0x10ffff, "\xf4\x8f\xbf\xbf");
	errno = 0;
	T_INT((ssize_t)wcrtomb(b, 0xd800, 0), -1);
	T_INT(errno, EILSEQ);
	T_INT(wcrtomb(b, 0, 0), 1);
	T(b[0] == 0);

	n = mbstowcs(w, "h\xc3\xa9llo\xe2\x82\xac\xf0\x9f\x98\x80", 16);
	T_INT(n, 7);
	T(w[1] == 0xe9 && w[5] == 0x20ac && w[6] == 0x1f600 && w[7] == 0);
	T_INT(mbstowcs(0, "\xe2\x82\xac\xe2\x82\xac", 0), 2);
	T_INT((ssize_t)mbstowcs(w, "ok\xff", 16), -1);
	n = wcstombs(b, w, sizeof b);
	T_INT(wcstombs(b, L"h\xe9llo\x20ac", sizeof b), 9);
	T_STR(b, "h\xc3\xa9llo\xe2\x82\xac");
	T_INT(wcstombs(0, L"\x1f600", 0), 4);
	T_INT(wctob(L'a'), 'a');
	T_INT(wctob(0xe9), EOF);
	T_INT(btowc('a'), L'a');
	T_INT(btowc(0xc3), WEOF);
	return t_status;
}
