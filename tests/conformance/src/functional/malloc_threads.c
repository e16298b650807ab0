/* malloc and free from four threads at once: blocks keep their contents */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "test.h"

#define SLOTS 64
#define ROUNDS 3000

static void *worker(void *arg)
{
	unsigned char *slot[SLOTS] = { 0 };
	size_t size[SLOTS] = { 0 };
	unsigned tag = (unsigned)(size_t)arg, x = tag * 2654435761u;
	int r, i, bad = 0;

	for (r = 0; r < ROUNDS && !bad; r++) {
		x = x * 1103515245 + 12345;
		i = x >> 8 & (SLOTS - 1);
		if (slot[i]) {
			if (slot[i][0] != (unsigned char)tag || slot[i][size[i] - 1] != (unsigned char)tag)
				bad = 1;
			free(slot[i]);
		}
		size[i] = 1 + (x >> 16) % (r % 50 ? 500 : 100000);
		slot[i] = malloc(size[i]);
		if (!slot[i])
			bad = 2;
		else
			memset(slot[i], tag, size[i]);
	}
	for (i = 0; i < SLOTS; i++)
		free(slot[i]);
	return (void *)(size_t)bad;
}

int main(void)
{
	pthread_t t[4];
	void *r;
	int i;

	for (i = 0; i < 4; i++)
		T_INT(pthread_create(&t[i], 0, worker, (void *)(size_t)(i + 1)), 0);
	for (i = 0; i < 4; i++) {
		pthread_join(t[i], &r);
		if (r)
			t_error("thread %d: %s\n", i, r == (void *)1 ? "block overwritten" : "malloc failed");
	}
	return t_status;
}
