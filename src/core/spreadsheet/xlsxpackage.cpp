#include "xlsxpackage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace Vigie::Xlsx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::XlsxFile)
};

// No text or tag of a real part comes near this without a '<' or '>': Excel caps a cell at
// 32,767 characters, a few hundred KB even with every character written as an entity.
constexpr qint64 MaxBytesBetweenMarkup = 4LL << 20;

// "256 MiB" for the limits, which are round numbers; "1.50 MiB" for others.
QString sizeText(qint64 bytes)
{
    const bool round = bytes % 1024 == 0 && (bytes < (1 << 20) || bytes % (1 << 20) == 0);
    return QLocale().formattedDataSize(bytes, round ? 0 : 2);
}

} // namespace

PartStream::PartStream(QuaZip *zip, const QString &partName, const XlsxFile::ReadLimits &limits,
                       qint64 *totalBytesRead)
    : m_file(zip)
    , m_partName(partName)
    , m_limits(limits)
    , m_totalBytesRead(totalBytesRead)
{
}

PartStream::~PartStream()
{
    if (m_file.isOpen())
        m_file.close();
}

bool PartStream::start()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_failure = Tr::tr("part %1 cannot be opened in the zip archive (zip error %2)")
                        .arg(m_partName)
                        .arg(m_file.getZipError());
        return false;
    }
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 PartStream::fail(const QString &why)
{
    m_failure = why;
    m_ended = true;
    m_file.close();
    return -1;
}

bool PartStream::drain()
{
    char scrap[16 << 10];
    while (!m_ended) {
        if (readData(scrap, sizeof scrap) < 0)
            return false;
    }
    return m_failure.isEmpty();
}

qint64 PartStream::readData(char *data, qint64 maxSize)
{
    if (m_ended)
        return m_failure.isEmpty() ? 0 : -1;
    const qint64 n = m_file.read(data, maxSize);
    if (n < 0) {
        return fail(Tr::tr("part %1 is damaged: its compressed data cannot be inflated (zip "
                           "error %2)")
                        .arg(m_partName)
                        .arg(m_file.getZipError()));
    }
    if (n == 0) {
        m_ended = true;
        m_file.close(); // checks the CRC of what was inflated
        if (m_file.getZipError() != UNZ_OK) {
            return fail(Tr::tr("part %1 is damaged: its checksum does not match (zip error %2)")
                            .arg(m_partName)
                            .arg(m_file.getZipError()));
        }
        return 0;
    }
    m_bytesRead += n;
    *m_totalBytesRead += n;
    if (m_bytesRead > m_limits.maxPartBytes) {
        return fail(Tr::tr("part %1 inflates to more than %2, the limit for one part: a zip "
                           "bomb or a damaged file")
                        .arg(m_partName, sizeText(m_limits.maxPartBytes)));
    }
    if (*m_totalBytesRead > m_limits.maxTotalBytes) {
        return fail(Tr::tr("the parts read inflate to more than %1 in all (the limit), at part "
                           "%2: a zip bomb or a damaged file")
                        .arg(sizeText(m_limits.maxTotalBytes), m_partName));
    }
    for (qint64 i = 0; i < n; ++i) {
        const char c = data[i];
        if (c == '<' || c == '>')
            m_bytesSinceMarkup = 0;
        else if (++m_bytesSinceMarkup > MaxBytesBetweenMarkup)
            return fail(Tr::tr("part %1 holds a text or tag of more than %2, longer than any "
                               "cell: a zip bomb or a damaged file")
                            .arg(m_partName, sizeText(MaxBytesBetweenMarkup)));
    }
    return n;
}

Package::Package(const XlsxFile::ReadLimits &limits)
    : m_limits(limits)
{
}

QString Package::key(const QString &partName)
{
    QString name = partName;
    name.replace(u'\\', u'/');
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name.toLower();
}

bool Package::open(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot open the file: %1").arg(file.errorString());
        return false;
    }
    const QByteArray head = file.read(8);
    file.close();
    if (head.isEmpty()) {
        *error = Tr::tr("the file is empty");
        return false;
    }
    if (head.startsWith("\xD0\xCF\x11\xE0")) {
        *error = Tr::tr("this is an old .xls workbook, or a workbook protected by a password; "
                        "save it from Excel as an .xlsx workbook without a password");
        return false;
    }
    if (!head.startsWith("PK")) {
        *error = Tr::tr("this is not an .xlsx workbook (the file is not a zip archive)");
        return false;
    }
    m_zip.setZipName(fileName);
    if (!m_zip.open(QuaZip::mdUnzip)) {
        *error = Tr::tr("the file is damaged or truncated: its zip directory cannot be read (zip "
                        "error %1)")
                     .arg(m_zip.getZipError());
        return false;
    }
    const QList<QuaZipFileInfo64> entries = m_zip.getFileInfoList64();
    if (m_zip.getZipError() != UNZ_OK) {
        *error = Tr::tr("the file is damaged: its zip directory cannot be read (zip error %1)")
                     .arg(m_zip.getZipError());
        return false;
    }
    for (const QuaZipFileInfo64 &entry : entries)
        m_entries.insert(key(entry.name), {entry.name, qint64(entry.uncompressedSize)});
    return true;
}

bool Package::contains(const QString &partName) const
{
    return m_entries.contains(key(partName));
}

qint64 Package::declaredSize(const QString &partName) const
{
    return m_entries.value(key(partName)).size;
}

std::unique_ptr<PartStream> Package::openPart(const QString &partName, QString *error)
{
    const auto entry = m_entries.constFind(key(partName));
    if (entry == m_entries.cend()) {
        *error = Tr::tr("part %1 is missing from the zip archive").arg(partName);
        return nullptr;
    }
    if (!m_zip.setCurrentFile(entry->nameInZip, QuaZip::csSensitive)) {
        *error = Tr::tr("part %1 cannot be found in the zip archive (zip error %2)")
                     .arg(partName)
                     .arg(m_zip.getZipError());
        return nullptr;
    }
    auto stream =
        std::make_unique<PartStream>(&m_zip, entry->nameInZip, m_limits, &m_totalBytesRead);
    if (!stream->start()) {
        *error = stream->failure();
        return nullptr;
    }
    return stream;
}

} // namespace Vigie::Xlsx
