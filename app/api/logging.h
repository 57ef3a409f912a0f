#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)    // telnyx.api: requests, statuses, retries (never a key)
Q_DECLARE_LOGGING_CATEGORY(lcPaging) // telnyx.api.paging
Q_DECLARE_LOGGING_CATEGORY(lcModels) // telnyx.models
