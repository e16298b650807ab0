/* sem_post at SEM_VALUE_MAX fails with EOVERFLOW instead of wrapping */
#include <errno.h>
#include <limits.h>
#include <semaphore.h>
#include "test.h"

int main(void)
{
	sem_t s;
	int v;

	T_OK(sem_init(&s, 0, SEM_VALUE_MAX));
	T_FAIL(sem_post(&s), EOVERFLOW);
	T_OK(sem_getvalue(&s, &v));
	T_INT(v, SEM_VALUE_MAX);
	T_OK(sem_trywait(&s));
	T_OK(sem_post(&s));
	return t_status;
}
