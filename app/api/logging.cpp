// Quiet by default; QT_LOGGING_RULES="telnyx.*.info=true" shows every request (never a key).
#include "api/logging.h"

Q_LOGGING_CATEGORY(lcApi, "telnyx.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPaging, "telnyx.api.paging", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModels, "telnyx.models", QtWarningMsg)
