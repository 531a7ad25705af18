#pragma once

#include <QList>
#include <QString>

class QLabel;
class QWidget;

namespace Vigie {

// One message for a form: at a field, by the key issues name it with ("scanTime", "tcp.port"),
// or at the top of the form when the key is empty or names no field of the form.
struct FieldMessage
{
    QString field;
    bool error = true; // false: a warning, shown but not blocking
    QString text;
};

// Shows messages next to the fields of a dialog's form: a small red (error) or amber
// (warning) label under the field, the field's caption in that colour and a text field or
// block framed in it (a dynamic property, "vigieIssue", matched by a style sheet; spin boxes
// and combo boxes are not framed, as a styled frame replaces their native look), and the
// field's tooltip giving the whole sentence with its caption ("Scan time: 50 ms is below
// 100 ms…"). Messages for no field of the form go to a summary label at the top.
class FieldIssueDisplay
{
public:
    // `form` is the dialog (its style sheet gets the frame rule); `summary` the top label.
    FieldIssueDisplay(QWidget *form, QLabel *summary);

    // A field: its key, its editor, the caption that names it in messages (the text of its
    // form label, without '&' and the colon) and, if any, that label (or check box).
    void addField(const QString &key, QWidget *editor, const QString &caption,
                  QWidget *captionWidget = nullptr);
    // The caption of a form label or check box text: "&Scan time:" → "Scan time".
    [[nodiscard]] static QString captionOf(const QString &labelText);

    // The field that shows messages about `key`: the field itself, else the nearest block
    // holding it ("simulation" for "simulation.period"); empty when the form has neither.
    [[nodiscard]] QString fieldFor(const QString &key) const;
    [[nodiscard]] QWidget *editor(const QString &key) const;
    [[nodiscard]] QString caption(const QString &key) const;

    // Replaces what is shown by `messages`.
    void show(const QList<FieldMessage> &messages);
    // What is shown under a field (its messages, one a line), and at the top; for tests.
    [[nodiscard]] QString shownAt(const QString &key) const;
    [[nodiscard]] QString summary() const { return m_summaryText; }
    // The first field, in form order, that shows an error; empty if none does.
    [[nodiscard]] QString firstErrorField() const;

private:
    struct Field
    {
        QString key;
        QWidget *editor = nullptr;
        QWidget *captionWidget = nullptr;
        QString caption;
        QString toolTip; // the editor's own, restored when its messages go
        QLabel *label = nullptr; // under the editor, made on first use
        QString shown;
        bool error = false;
    };
    QLabel *labelFor(Field &field);

    QWidget *m_form;
    QLabel *m_summary;
    QString m_summaryText;
    QList<Field> m_fields;
};

} // namespace Vigie
