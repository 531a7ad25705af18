#include "fieldissuedisplay.h"

#include "isapalette.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QRegularExpression>
#include <QStyle>

#include <algorithm>

namespace Vigie {

namespace {

const char IssueProperty[] = "vigieIssue";

// Whether a layout item holds `widget`, directly or in a nested layout.
bool holds(QLayoutItem *item, const QWidget *widget)
{
    if (!item)
        return false;
    if (item->widget() == widget)
        return true;
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (holds(layout->itemAt(i), widget))
                return true;
        }
    }
    return false;
}

// Puts `label` under `editor`: in a new row after the editor's row of a form layout, or
// after the editor in a box layout. False when the editor is in neither.
bool placeBelow(QWidget *root, QWidget *editor, QLabel *label)
{
    const auto forms = root->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (holds(form->itemAt(row, QFormLayout::FieldRole), editor)
                || holds(form->itemAt(row, QFormLayout::SpanningRole), editor)) {
                form->insertRow(row + 1, static_cast<QWidget *>(nullptr), label);
                return true;
            }
        }
    }
    const auto boxes = root->findChildren<QBoxLayout *>();
    for (QBoxLayout *box : boxes) {
        const int index = box->indexOf(editor);
        if (index >= 0) {
            box->insertWidget(index + 1, label);
            return true;
        }
    }
    return false;
}

void setIssueState(QWidget *editor, const char *state)
{
    const QString value = QString::fromLatin1(state);
    if (editor->property(IssueProperty).toString() == value)
        return;
    editor->setProperty(IssueProperty, value);
    // A dynamic property does not restyle by itself.
    editor->style()->unpolish(editor);
    editor->style()->polish(editor);
    editor->update();
}

QString colourName(bool error)
{
    return (error ? IsaPalette::alarm() : IsaPalette::caution()).name();
}

} // namespace

FieldIssueDisplay::FieldIssueDisplay(QWidget *form, QLabel *summary)
    : m_form(form)
    , m_summary(summary)
{
    static const QLatin1String rules(
        "\nQLineEdit[vigieIssue=\"error\"], QGroupBox[vigieIssue=\"error\"] { border: 1px solid "
        "%1; }"
        "\nQLabel[vigieIssue=\"error\"], QCheckBox[vigieIssue=\"error\"] { color: %1; }"
        "\nQLineEdit[vigieIssue=\"warning\"], QGroupBox[vigieIssue=\"warning\"] { border: 1px "
        "solid %2; }"
        "\nQLabel[vigieIssue=\"warning\"], QCheckBox[vigieIssue=\"warning\"] { color: %2; }");
    m_form->setStyleSheet(m_form->styleSheet()
                          + QString(rules).arg(colourName(true), colourName(false)));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->hide();
}

void FieldIssueDisplay::addField(const QString &key, QWidget *editor, const QString &caption,
                                 QWidget *captionWidget)
{
    m_fields.append({key, editor, captionWidget, caption, editor->toolTip()});
}

QString FieldIssueDisplay::captionOf(const QString &labelText)
{
    QString caption = labelText;
    caption.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    caption = caption.trimmed();
    while (caption.endsWith(QLatin1Char(':')))
        caption = caption.chopped(1).trimmed(); // "Scan time :" in French
    return caption;
}

QString FieldIssueDisplay::fieldFor(const QString &key) const
{
    QString candidate = key;
    while (!candidate.isEmpty()) {
        for (const Field &field : m_fields) {
            if (field.key == candidate)
                return candidate;
        }
        const qsizetype dot = candidate.lastIndexOf(QLatin1Char('.'));
        candidate = dot < 0 ? QString() : candidate.left(dot);
    }
    return {};
}

QWidget *FieldIssueDisplay::editor(const QString &key) const
{
    const QString found = fieldFor(key);
    for (const Field &field : m_fields) {
        if (field.key == found)
            return field.editor;
    }
    return nullptr;
}

QString FieldIssueDisplay::caption(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return field.caption;
    }
    return key;
}

QLabel *FieldIssueDisplay::labelFor(Field &field)
{
    if (!field.label) {
        auto *label = new QLabel(m_form);
        label->setObjectName(field.key + QLatin1String("Issue"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        label->setFont(font);
        if (!placeBelow(m_form, field.editor, label)) {
            delete label; // nowhere to put it: the tooltip and the frame say it
            return nullptr;
        }
        field.label = label;
    }
    return field.label;
}

void FieldIssueDisplay::show(const QList<FieldMessage> &messages)
{
    // Errors first, so the first line under a field is what blocks.
    QList<FieldMessage> sorted = messages;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const FieldMessage &a, const FieldMessage &b) { return a.error > b.error; });

    QHash<QString, QList<FieldMessage>> byField;
    QStringList summary; // rich text, one span a line
    QStringList summaryLines;
    for (const FieldMessage &message : std::as_const(sorted)) {
        const QString key = fieldFor(message.field);
        if (!key.isEmpty()) {
            byField[key].append(message);
            continue;
        }
        const QString line = message.field.isEmpty()
            ? message.text
            : message.field + QLatin1String(": ") + message.text;
        summary.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                           .arg(colourName(message.error), line.toHtmlEscaped()));
        summaryLines.append(line);
    }
    m_summaryText = summaryLines.join(QLatin1Char('\n'));
    m_summary->setText(summary.join(QLatin1String("<br>")));
    m_summary->setVisible(!summary.isEmpty());

    for (Field &field : m_fields) {
        const QList<FieldMessage> mine = byField.value(field.key);
        QStringList lines;
        QStringList sentences;
        for (const FieldMessage &message : mine) {
            // A block's message about one of its fields names that field: "period: …".
            const QString sub = message.field.mid(field.key.size() + 1);
            const QString text = message.field == field.key
                ? message.text
                : sub + QLatin1String(": ") + message.text;
            lines.append(text);
            sentences.append(field.caption + QLatin1String(": ") + text);
        }
        field.shown = lines.join(QLatin1Char('\n'));
        field.error =
            std::any_of(mine.cbegin(), mine.cend(), [](const FieldMessage &m) { return m.error; });
        const char *state = mine.isEmpty() ? "" : field.error ? "error" : "warning";
        setIssueState(field.editor, state);
        if (field.captionWidget)
            setIssueState(field.captionWidget, state);
        field.editor->setToolTip(mine.isEmpty() ? field.toolTip
                                                : sentences.join(QLatin1Char('\n')));
        if (mine.isEmpty()) {
            if (field.label)
                field.label->hide();
            continue;
        }
        if (QLabel *label = labelFor(field)) {
            QPalette palette = label->palette();
            palette.setColor(QPalette::WindowText,
                             field.error ? IsaPalette::alarm() : IsaPalette::caution());
            label->setPalette(palette);
            label->setText(field.shown);
            label->show();
        }
    }
}

QString FieldIssueDisplay::shownAt(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return field.shown;
    }
    return {};
}

QString FieldIssueDisplay::firstErrorField() const
{
    for (const Field &field : m_fields) {
        if (field.error)
            return field.key;
    }
    return {};
}

} // namespace Vigie
