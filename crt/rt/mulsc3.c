#include "mulc3.h"

UKL_MULC3(__mulsc3, float, f)
