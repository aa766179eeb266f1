#include "DataVersion.h"

#include "Database.h"
#include "SqlUtil.h"

#include <QSqlQuery>

namespace rapport::core {

Result<qint64> dataVersion(Database &db)
{
    QSqlQuery q(db.connection());
    if (auto s = sql::prepare(q, QStringLiteral("PRAGMA data_version")); !s)
        return s.error();
    if (auto s = sql::exec(q, QStringLiteral("read the data version")); !s)
        return s.error();
    if (!q.next())
        return fail(QStringLiteral("PRAGMA data_version returned nothing"));
    return q.value(0).toLongLong();
}

} // namespace rapport::core
