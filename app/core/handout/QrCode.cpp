#include "QrCode.h"

#include <qrencode.h>

#include <QPainter>

namespace meldpunt {

QImage QrCode::image(const QString &payload, int moduleSize)
{
    if (payload.isEmpty() || payload.size() > 500 || moduleSize < 1)
        return {};
    const QByteArray utf8 = payload.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    constexpr int quietZone = 4;
    const int width = code->width;
    const int size = (width + 2 * quietZone) * moduleSize;
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        for (int y = 0; y < width; ++y) {
            for (int x = 0; x < width; ++x) {
                if (code->data[y * width + x] & 1)
                    painter.fillRect((x + quietZone) * moduleSize, (y + quietZone) * moduleSize,
                                     moduleSize, moduleSize, Qt::black);
            }
        }
    }
    QRcode_free(code);
    return image;
}

} // namespace meldpunt
