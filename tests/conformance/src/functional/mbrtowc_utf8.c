/* mbrtowc in a UTF-8 locale: 1- to 4-byte sequences, byte by byte with a
 * state, invalid sequences (EILSEQ), incomplete input (-2), NUL (0) */
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "test.h"

static void one(const char *s, size_t n, size_t want, wchar_t wc)
{
	mbstate_t st;
	wchar_t w = 0;
	size_t r;

	memset(&st, 0, sizeof st);
	errno = 0;
	r = mbrtowc(&w, s, n, &st);
	if (r != want || (r < (size_t)-2 && w != wc) || (r == (size_t)-1 && errno != EILSEQ))
		t_error("mbrtowc(\"%s\", %zu) = %zd, wc %#x, errno %d; expected %zd, wc %#x\n",
			s, n, (ssize_t)r, (unsigned)w, errno, (ssize_t)want, (unsigned)wc);
}

int main(void)
{
	const char *euro = "\xe2\x82\xac";
	mbstate_t st;
	wchar_t w;
	int i;

	if (!t_utf8())
		return t_status;
	one("A", 1, 1, L'A');
	one("\xc3\xa9", 2, 2, 0xe9);
	one(euro, 3, 3, 0x20ac);
	one("\xf0\x9f\x98\x80", 4, 4, 0x1f600);
	one("\xf4\x8f\xbf\xbf", 4, 4, 0x10ffff);
	one("", 1, 0, 0);
	one("\x80", 1, -1, 0);			/* lone continuation byte */
	one("\xc0\x80", 2, -1, 0);		/* overlong NUL */
	one("\xe0\x80\x80", 3, -1, 0);		/* overlong */
	one("\xed\xa0\x80", 3, -1, 0);		/* surrogate U+D800 */
	one("\xff", 1, -1, 0);
	one("\xc3", 1, -2, 0);
	one("\xe2\x82", 2, -2, 0);
	one("\xc3\x41", 2, -1, 0);

	/* byte by byte with a state */
	memset(&st, 0, sizeof st);
	for (i = 0; i < 2; i++)
		T_INT((ssize_t)mbrtowc(&w, euro + i, 1, &st), -2);
	T(!mbsinit(&st));
	T_INT(mbrtowc(&w, euro + 2, 1, &st), 1);
	T_INT(w, 0x20ac);
	T(mbsinit(&st));
	T_INT(mbrlen("\xc3\xa9", 2, 0), 2);
	T_INT(mblen("\xe2\x82\xac", 3), 3);
	T_INT(mblen(0, 0), 0);	/* UTF-8 has no shift states */
	return t_status;
}
