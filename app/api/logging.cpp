#include "api/logging.h"

Q_LOGGING_CATEGORY(lcApi, "telnyx.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPaging, "telnyx.api.paging", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "telnyx.models", QtInfoMsg)
