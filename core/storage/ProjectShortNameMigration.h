#pragma once

#include "core/storage/Schema.h"

namespace dd {

// A project's short name (issue 18): what the queue, the project tree and the charts show
// when the full name («Интернет-магазин «Ромашка»») does not fit. Nullable and unique (both
// engines let several rows hold NULL under a UNIQUE index). On the shared database the
// column falls under the table's grants: managers and administrators edit projects, nobody
// else — exactly who may set the short name — and the projects' row security already covers it.
class ProjectShortNameMigration
{
public:
    static Migration migration(int version);
};

} // namespace dd
