#include "mulc3.h"

UKL_MULC3(__mulxc3, long double, l)
