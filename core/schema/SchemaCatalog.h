#pragma once

#include "core/storage/Database.h"

namespace dd {

// The whole schema of the product: every module that owns tables registers its
// migrations with storage's Schema here (the way CommandRegistry lists the CLI's
// commands). Storage itself knows none of the modules above it.
class SchemaCatalog
{
public:
    // Idempotent; cheap after the first call.
    static void registerAll();
    // Database::open with every module's migrations registered first: the way every
    // program and test opens the product's database.
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location,
                                                  const Database::Options& options = {});
};

} // namespace dd
