/* getentropy and getrandom fill buffers with bytes that are not all equal
 * and differ between calls; getentropy refuses more than 256 bytes */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>
#include "test.h"

static int varied(const unsigned char *p, size_t n)
{
	size_t i;
	for (i = 1; i < n; i++)
		if (p[i] != p[0])
			return 1;
	return 0;
}

int main(void)
{
	unsigned char a[64], b[64], big[300];

	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	T_OK(getentropy(a, sizeof a));
	T_OK(getentropy(b, sizeof b));
	T(varied(a, sizeof a));
	T(memcmp(a, b, sizeof a) != 0);
	T_FAIL(getentropy(big, sizeof big), EIO);
	T_INT(getrandom(big, sizeof big, 0), sizeof big);
	T(varied(big, sizeof big));
	T_INT(getrandom(a, 16, GRND_NONBLOCK), 16);
	return t_status;
}
