// vigie's MQTT pieces: the status bar label (calm while all goes out, colour only when samples
// wait or are lost, every counter in its tooltip) and the credentials dialog that refuses to
// close without a password.

#include "isapalette.h"
#include "mqtt/credentialsdialog.h"
#include "mqtt/mqttstatuslabel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Vigie;

class tst_MqttStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void label_data()
    {
        QTest::addColumn<int>("link");
        QTest::addColumn<qint64>("queued");
        QTest::addColumn<quint64>("dropped");
        QTest::addColumn<bool>("visible");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("colour");
        const QString calm;
        const QString caution = IsaPalette::caution().name();
        const QString alarm = IsaPalette::alarm().name();
        QTest::newRow("off") << int(MqttStatus::Link::Off) << qint64(0) << quint64(0) << false
                             << "MQTT off" << calm;
        QTest::newRow("online") << int(MqttStatus::Link::Online) << qint64(0) << quint64(0) << true
                                << "MQTT online" << calm;
        QTest::newRow("replaying") << int(MqttStatus::Link::Online) << qint64(1200) << quint64(0)
                                   << true << "MQTT online · 1,200 queued" << caution;
        QTest::newRow("offline") << int(MqttStatus::Link::WaitingToReconnect) << qint64(35)
                                 << quint64(0) << true << "MQTT offline, queueing · 35 queued"
                                 << caution;
        QTest::newRow("lost") << int(MqttStatus::Link::WaitingToReconnect) << qint64(10)
                              << quint64(4) << true << "MQTT offline, queueing · 10 queued · 4 lost"
                              << alarm;
        QTest::newRow("stopped with a queue")
            << int(MqttStatus::Link::Off) << qint64(3) << quint64(0) << true
            << "MQTT off · 3 queued" << caution;
    }

    void label()
    {
        QFETCH(int, link);
        QFETCH(qint64, queued);
        QFETCH(quint64, dropped);
        QFETCH(bool, visible);
        QFETCH(QString, text);
        QFETCH(QString, colour);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QWidget window;
        auto *label = new MqttStatusLabel(&window);
        window.show();
        MqttStatus s;
        s.link = MqttStatus::Link(link);
        s.broker = QStringLiteral("127.0.0.1:1883");
        s.queued = queued;
        s.dropped = dropped;
        s.lastError = QStringLiteral("connection refused by 127.0.0.1:1883");
        label->setStatus(s);
        QCOMPARE(label->isVisible(), visible);
        QCOMPARE(label->text(), text);
        QCOMPARE(label->styleSheet().isEmpty(), colour.isEmpty());
        if (!colour.isEmpty())
            QVERIFY2(label->styleSheet().contains(colour), qPrintable(label->styleSheet()));
        QVERIFY(label->toolTip().contains(QStringLiteral("127.0.0.1:1883")));
        QVERIFY(label->toolTip().contains(QStringLiteral("Last error: connection refused")));
    }

    void credentialsNeedAPassword()
    {
        CredentialsDialog dialog(QStringLiteral("scorpio-site-1"), QStringLiteral("broker:8883"),
                                 QStringLiteral("the keychain holds no secret"));
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
        QVERIFY(user && password && buttons);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        user->setText(QStringLiteral("passerelle"));
        buttons->button(QDialogButtonBox::Save)->click();
        QCOMPARE(accepted.size(), 0); // refused: no password
        QVERIFY(dialog.isVisible());
        password->setText(QStringLiteral("s3cret"));
        buttons->button(QDialogButtonBox::Save)->click();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.credentials(),
                 (Credentials {QStringLiteral("passerelle"), QStringLiteral("s3cret")}));
    }
};

QTEST_MAIN(tst_MqttStatus)
#include "tst_mqttstatus.moc"
