#include "UiFixture.h"

#include "demo/DemoSeason.h"

namespace rapport::test {

void UiFixture::loadDemo(const QDate &today)
{
    core::DemoOptions options;
    options.matchYear = 2027;
    options.today = today;
    auto made = core::generateDemoSeason(m_session->db(), options);
    ASSERT_TRUE(made.ok()) << made.errorMessage().toStdString();
    ASSERT_TRUE(m_session->reloadNow().ok());
}

} // namespace rapport::test
