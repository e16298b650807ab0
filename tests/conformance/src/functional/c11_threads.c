/* C11 <threads.h>: thrd_create/join with results, mtx, cnd, call_once,
 * tss with a destructor, thrd_sleep */
#include <threads.h>
#include <time.h>
#include "test.h"

static mtx_t m;
static cnd_t c;
static once_flag once = ONCE_FLAG_INIT;
static tss_t key;
static int ready, once_runs, dtor_runs;

static void init(void) { once_runs++; }
/* the four threads exit at once: count under the lock */
static void dtor(void *p)
{
	(void)p;
	mtx_lock(&m);
	dtor_runs++;
	mtx_unlock(&m);
}

static int worker(void *arg)
{
	call_once(&once, init);
	tss_set(key, arg);
	mtx_lock(&m);
	ready++;
	cnd_signal(&c);
	mtx_unlock(&m);
	return (int)(long)tss_get(key) * 3;
}

int main(void)
{
	thrd_t t[4];
	struct timespec d = { 0, 1000000 };
	int i, res;

	T_INT(mtx_init(&m, mtx_plain), thrd_success);
	T_INT(cnd_init(&c), thrd_success);
	T_INT(tss_create(&key, dtor), thrd_success);
	for (i = 0; i < 4; i++)
		T_INT(thrd_create(&t[i], worker, (void *)(long)(i + 1)), thrd_success);
	mtx_lock(&m);
	while (ready < 4)
		cnd_wait(&c, &m);
	mtx_unlock(&m);
	for (i = 0; i < 4; i++) {
		T_INT(thrd_join(t[i], &res), thrd_success);
		T_INT(res, 3 * (i + 1));
	}
	T_INT(once_runs, 1);
	T_INT(dtor_runs, 4);
	T(thrd_equal(thrd_current(), thrd_current()));
	T_INT(thrd_sleep(&d, 0), 0);
	T_INT(mtx_trylock(&m), thrd_success);
	mtx_unlock(&m);
	tss_delete(key);
	cnd_destroy(&c);
	mtx_destroy(&m);
	return t_status;
}
