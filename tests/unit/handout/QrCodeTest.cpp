#include "QrCode.h"
#include "TestSupport.h"

#include <QColor>

using namespace meldpunt;

namespace {

constexpr int quietZone = 4; // modules of white around the code, as the standard asks

bool blackModule(const QImage &image, int moduleSize, int column, int row)
{
    // The middle of the module, inside the quiet zone's offset.
    const int half = moduleSize / 2;
    return QColor(image.pixel((column + quietZone) * moduleSize + half, (row + quietZone) * moduleSize + half))
        == Qt::black;
}

} // namespace

TEST_CASE("QR code: a short phone number is the smallest code, square, in whole modules")
{
    const QImage image = QrCode::image(QStringLiteral("tel:08000188"), 4);
    REQUIRE_FALSE(image.isNull());
    // Version 1: 21 modules, and the quiet zone on both sides.
    CHECK(image.width() == (21 + 2 * quietZone) * 4);
    CHECK(image.height() == image.width());
    CHECK(QrCode::image(QStringLiteral("tel:08000188"), 3).width() == (21 + 2 * quietZone) * 3);
}

TEST_CASE("QR code: black on white, a white quiet zone, the finder patterns in the corners")
{
    const int moduleSize = 4;
    const QImage image = QrCode::image(QStringLiteral("https://helpwanted.nl"), moduleSize);
    REQUIRE_FALSE(image.isNull());
    const int modules = image.width() / moduleSize - 2 * quietZone;
    CHECK((modules - 17) % 4 == 0); // a QR code is 17 + 4 × its version modules wide
    for (int edge = 0; edge < quietZone * moduleSize; ++edge) {
        CHECK(QColor(image.pixel(edge, image.height() / 2)) == Qt::white);
        CHECK(QColor(image.pixel(image.width() / 2, image.height() - 1 - edge)) == Qt::white);
    }
    // Each finder: a black ring of 7 modules, a white ring, a black 3 x 3 middle.
    for (const QPoint corner : { QPoint(0, 0), QPoint(modules - 7, 0), QPoint(0, modules - 7) }) {
        CHECK(blackModule(image, moduleSize, corner.x(), corner.y()));
        CHECK(blackModule(image, moduleSize, corner.x() + 6, corner.y() + 6));
        CHECK_FALSE(blackModule(image, moduleSize, corner.x() + 1, corner.y() + 1));
        CHECK(blackModule(image, moduleSize, corner.x() + 3, corner.y() + 3));
    }
}

TEST_CASE("QR code: the same payload gives the same image, another payload another")
{
    CHECK(QrCode::image(QStringLiteral("tel:0800-0188"), 2) == QrCode::image(QStringLiteral("tel:0800-0188"), 2));
    CHECK(QrCode::image(QStringLiteral("tel:0800-0188"), 2) != QrCode::image(QStringLiteral("tel:0800-0189"), 2));
}

TEST_CASE("QR code: nothing for an empty or too long payload or no module size, never a crash")
{
    CHECK(QrCode::image(QString(), 4).isNull());
    CHECK(QrCode::image(QStringLiteral("tel:08000188"), 0).isNull());
    CHECK(QrCode::image(QStringLiteral("tel:08000188"), -3).isNull());
    CHECK_FALSE(QrCode::image(QString(500, u'é'), 1).isNull());
    CHECK(QrCode::image(QString(501, u'a'), 1).isNull());
    CHECK_FALSE(QrCode::image(QStringLiteral("مرحبا 🙂"), 1).isNull());
}
