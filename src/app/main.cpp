#include "editor/uipreferences.h"
#include "mainwindow.h"
#include "snapshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vigie"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vigie"));
    QApplication::setOrganizationName(QStringLiteral("Vigie"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));

    Vigie::UiPreferences::apply(app); // the language and number format chosen in Preferences

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Vigie SCADA HMI"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "Project to open (*.vigie.json)."));
    const QCommandLineOption snapshot(
        QStringLiteral("snapshot"),
        QApplication::translate("main",
                                "Read every device once, draw SCREEN with its bindings into the "
                                "--output PNG file and exit (0, or 1 with the reason)."),
        QStringLiteral("SCREEN"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QApplication::translate("main", "The snapshot's PNG file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QApplication::translate("main", "The snapshot's size in pixels (default: the drawing's)."),
        QStringLiteral("WxH"));
    parser.addOptions({snapshot, output, size});
    parser.process(app);

    if (parser.isSet(snapshot)) {
        const auto fail = [](const QString &message) {
            std::fprintf(stderr, "vigie: %s\n", qPrintable(message));
            return 1;
        };
        if (parser.positionalArguments().size() != 1)
            return fail(QApplication::translate("main", "--snapshot needs one project file"));
        if (!parser.isSet(output))
            return fail(QApplication::translate("main", "--snapshot needs --output FILE.png"));
        QSize pixels;
        if (parser.isSet(size)) {
            static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
            const auto m = re.match(parser.value(size));
            if (!m.hasMatch() || m.captured(1).toInt() < 1 || m.captured(2).toInt() < 1
                || m.captured(1).toInt() > 16384 || m.captured(2).toInt() > 16384) {
                return fail(
                    QApplication::translate("main",
                                            "--size %1: expected WIDTHxHEIGHT, such as 1280x800, "
                                            "each 1–16384")
                        .arg(parser.value(size)));
            }
            pixels = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        }
        return Vigie::runSnapshot(parser.positionalArguments().constFirst(), parser.value(snapshot),
                                  parser.value(output), pixels);
    }

    Vigie::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
