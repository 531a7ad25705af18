// Secrets in the OS keychain through QtKeychain, against a real Secret Service: gnome-keyring
// on a private D-Bus session (tests/shared/sessionkeyring.h). What the project file refers to
// is written, read back, overwritten and removed; `vigie-runtime --set-secret` stores what it
// reads on standard input; what cannot be used is refused with its reason.

#include "runprogram.h"
#include "secrets/secretstore.h"
#include "sessionkeyring.h"

#include <QSignalSpy>
#include <QTest>

using namespace Vigie;
using namespace Vigie::Test;

class tst_SecretStore : public QObject
{
    Q_OBJECT

private:
    SessionKeyring m_keyring;
    bool m_ready = false;

    // Reads a reference and waits for the answer: {found, credentials, error}.
    std::tuple<bool, Credentials, QString> readBack(const QString &reference)
    {
        SecretStore store;
        QSignalSpy read(&store, &SecretStore::credentialsRead);
        store.read(reference);
        if (!read.wait(10000))
            return {false, {}, QStringLiteral("no answer from the keychain")};
        const QList<QVariant> args = read.takeFirst();
        return {args[1].toBool(), args[2].value<Credentials>(), args[3].toString()};
    }

    QString writeAndWait(const QString &reference, const Credentials &credentials)
    {
        SecretStore store;
        QSignalSpy written(&store, &SecretStore::credentialsWritten);
        store.write(reference, credentials);
        if (!written.wait(10000))
            return QStringLiteral("no answer from the keychain");
        return written.takeFirst().at(1).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Credentials>();
        QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
        // Before anything in this process touches D-Bus: the session bus is resolved once.
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_keyring.busAddress().toUtf8());
        qputenv("HOME", m_keyring.environment().value(QStringLiteral("HOME")).toUtf8());
        m_ready = true;
    }

    void writeReadOverwriteRemove()
    {
        const QString reference = QStringLiteral("scorpio-site 1");
        const Credentials first {QStringLiteral("opérateur"), QStringLiteral("pa:ss\"wörd\\")};
        QCOMPARE(writeAndWait(reference, first), QString());
        auto [found, read, error] = readBack(reference);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(read, first);

        const Credentials second {QString(), QStringLiteral("token-only")};
        QCOMPARE(writeAndWait(reference, second), QString());
        std::tie(found, read, error) = readBack(reference);
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(read, second);

        SecretStore store;
        QSignalSpy removed(&store, &SecretStore::credentialsRemoved);
        store.remove(reference);
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.takeFirst().at(1).toString(), QString());
        std::tie(found, read, error) = readBack(reference);
        QVERIFY(!found);
        QVERIFY2(error.contains(reference), qPrintable(error));
    }

    void missingReferenceIsNamed()
    {
        auto [found, read, error] = readBack(QStringLiteral("never-written"));
        QVERIFY(!found);
        QVERIFY2(error.contains(QStringLiteral("\"never-written\"")), qPrintable(error));
        QCOMPARE(read, Credentials {});
    }

    void invalidReferencesAreRefused_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QString() << "empty";
        QTest::newRow("blank") << QStringLiteral("   ") << "empty";
        QTest::newRow("line break") << QStringLiteral("a\nb") << "line break";
        QTest::newRow("too long") << QString(201, QLatin1Char('x')) << "201 characters";
    }

    void invalidReferencesAreRefused()
    {
        QFETCH(QString, reference);
        QFETCH(QString, why);
        QVERIFY(writeAndWait(reference, {QStringLiteral("u"), QStringLiteral("p")}).contains(why));
        auto [found, read, error] = readBack(reference);
        QVERIFY(!found);
        QVERIFY2(error.contains(why), qPrintable(error));
    }

    void credentialLines_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("two lines") << QByteArray("site1\nsecret\n") << true << "site1"
                                   << "secret";
        QTest::newRow("no final break") << QByteArray("site1\nsecret") << true << "site1"
                                        << "secret";
        QTest::newRow("crlf") << QByteArray("site1\r\nsecret\r\n") << true << "site1"
                              << "secret";
        QTest::newRow("password alone") << QByteArray("token\n") << true << ""
                                        << "token";
        QTest::newRow("spaces kept") << QByteArray(" a b \n p w \n") << true << " a b "
                                     << " p w ";
        QTest::newRow("utf-8") << QByteArray("op\xC3\xA9rateur\nm\xC3\xB6t\n") << true
                               << QString::fromUtf8("opérateur") << QString::fromUtf8("möt");
        QTest::newRow("nothing") << QByteArray() << false << ""
                                 << "";
        QTest::newRow("three lines") << QByteArray("a\nb\nc\n") << false << ""
                                     << "";
    }

    void credentialLines()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        QFETCH(QString, user);
        QFETCH(QString, password);
        Credentials c;
        QString error;
        QCOMPARE(Credentials::fromLines(input, &c, &error), ok);
        if (ok) {
            QCOMPARE(c.user, user);
            QCOMPARE(c.password, password);
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    // The headless gateway's way: the secret on standard input, never on the command line.
    void runtimeSetsSecret()
    {
        const QString runtime = QStringLiteral(VIGIE_BINARY_DIR "/bin/vigie-runtime");
        const ProgramRun run =
            runProgram(runtime, {QStringLiteral("--set-secret"), QStringLiteral("edge/scorpio")},
                       20000, m_keyring.environment(), QByteArray("gateway-7\nS3cr3t é\n"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("S3cr3t")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("edge/scorpio")), qPrintable(run.out));
        auto [found, read, error] = readBack(QStringLiteral("edge/scorpio"));
        QVERIFY2(found, qPrintable(error));
        QCOMPARE(read, (Credentials {QStringLiteral("gateway-7"), QStringLiteral("S3cr3t é")}));

        const ProgramRun empty =
            runProgram(runtime, {QStringLiteral("--set-secret"), QStringLiteral("edge/other")},
                       20000, m_keyring.environment(), QByteArray());
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(QStringLiteral("standard input")), qPrintable(empty.err));
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
