#include "mulc3.h"

UKL_MULC3(__muldc3, double, )
