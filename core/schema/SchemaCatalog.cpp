#include "core/schema/SchemaCatalog.h"

#include "core/intake/AcknowledgmentDraftMigration.h"
#include "core/intake/ConversationMigration.h"
#include "core/intake/IntakeArchiveMigration.h"
#include "core/intake/IntakeFilingMigration.h"
#include "core/intake/IntakeMigration.h"
#include "core/intake/IntakeServerWorkMigration.h"
#include "core/regression/RegressionMigration.h"
#include "core/storage/Schema.h"

namespace dd {

void SchemaCatalog::registerAll()
{
    static const bool registered = [] {
        Schema::registerMigration(RegressionMigration::migration(4));
        Schema::registerMigration(IntakeMigration::migration(5));
        Schema::registerMigration(IntakeArchiveMigration::migration(9));
        Schema::registerMigration(ConversationMigration::migration(13));
        Schema::registerMigration(IntakeFilingMigration::migration(16));
        Schema::registerMigration(IntakeServerWorkMigration::migration(17));
        Schema::registerMigration(IntakeFilingMigration::searchWithoutCopies(19));
        Schema::registerMigration(IntakeFilingMigration::searchBesideFiling(20));
        Schema::registerMigration(IntakeFilingMigration::searchBacklogByKey(21));
        Schema::registerMigration(IntakeFilingMigration::searchWithoutAcknowledgments(23));
        Schema::registerMigration(IntakeServerWorkMigration::withoutExecutors(24));
        Schema::registerMigration(AcknowledgmentDraftMigration::migration(25));
        return true;
    }();
    (void)registered;
}

Result<std::unique_ptr<Database>> SchemaCatalog::open(const DatabaseLocation& location,
                                                      const Database::Options& options)
{
    registerAll();
    return Database::open(location, options);
}

} // namespace dd
