#pragma once

#include <QImage>
#include <QString>

namespace meldpunt {

/// A QR code of a phone number or address, for a visitor to scan with their own phone:
/// the program itself never opens a link.
class QrCode
{
public:
    /// A black-on-white image with a quiet zone, each module `moduleSize` pixels; a null image
    /// when the payload is empty or too long for a QR code.
    static QImage image(const QString &payload, int moduleSize = 4);
};

} // namespace meldpunt
