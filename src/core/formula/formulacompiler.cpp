#include "formulacompiler.h"

#include "formularesolver.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <functional>
#include <optional>

namespace Vigie {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Formula)
};

using Function = FormulaCompiler::Function;

struct FunctionInfo
{
    const char16_t *name;
    Function function;
    int minArgs;
    int maxArgs; // -1: any number
};

constexpr std::array functions {
    FunctionInfo {u"IF", Function::If, 2, 3},
    FunctionInfo {u"SI", Function::If, 2, 3},
    FunctionInfo {u"AND", Function::And, 1, -1},
    FunctionInfo {u"ET", Function::And, 1, -1},
    FunctionInfo {u"OR", Function::Or, 1, -1},
    FunctionInfo {u"OU", Function::Or, 1, -1},
    FunctionInfo {u"NOT", Function::Not, 1, 1},
    FunctionInfo {u"NON", Function::Not, 1, 1},
    FunctionInfo {u"MIN", Function::Min, 1, -1},
    FunctionInfo {u"MAX", Function::Max, 1, -1},
    FunctionInfo {u"ABS", Function::Abs, 1, 1},
    FunctionInfo {u"ROUND", Function::Round, 1, 2},
    FunctionInfo {u"ARRONDI", Function::Round, 1, 2},
    FunctionInfo {u"INT", Function::Int, 1, 1},
    FunctionInfo {u"ENT", Function::Int, 1, 1},
    FunctionInfo {u"MOD", Function::Mod, 2, 2},
    FunctionInfo {u"BIT", Function::Bit, 2, 2},
    FunctionInfo {u"FORMAT", Function::Format, 1, 2},
    FunctionInfo {u"CHOOSE", Function::Choose, 2, -1},
    FunctionInfo {u"CHOISIR", Function::Choose, 2, -1},
    FunctionInfo {u"RGB", Function::Rgb, 3, 3},
    FunctionInfo {u"BLINK", Function::Blink, 1, 1},
    FunctionInfo {u"CLIGNOTE", Function::Blink, 1, 1},
    FunctionInfo {u"NOW", Function::Now, 0, 0},
    FunctionInfo {u"MAINTENANT", Function::Now, 0, 0},
};

enum class TokenKind { End, Number, String, Name, Bracket, LParen, RParen, Separator, Operator };

struct Token
{
    TokenKind kind = TokenKind::End;
    int offset = 0;
    int end = 0; // one past its last character
    QString text; // name, string contents, operator
    QString member; // after a bracketed name: ".quality"
    double number = 0.0;
};

struct CompileFailure
{
    FormulaError error;
};

bool isNameStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u'$';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// The part of an input a member names, in any case: `.value`, `.quality`, `.timestamp`,
// `.good`; none for another word.
std::optional<FormulaMember> memberNamed(const QString &text)
{
    const QString m = text.toLower();
    if (m == u"value")
        return FormulaMember::Value;
    if (m == u"quality")
        return FormulaMember::Quality;
    if (m == u"timestamp")
        return FormulaMember::Timestamp;
    if (m == u"good")
        return FormulaMember::Good;
    return std::nullopt;
}

} // namespace

// Lexer, parser and code generator in one pass.
class FormulaProgramBuilder
{
public:
    using Op = FormulaProgram::Op;

    FormulaProgramBuilder(const QString &source, const FormulaResolver &resolver,
                          FormulaProgram &program, QList<FormulaReference> *references = nullptr)
        : m_source(source)
        , m_resolver(resolver)
        , m_program(program)
        , m_references(references)
    {
    }

    void run()
    {
        advance();
        comparison();
        if (m_token.kind != TokenKind::End)
            fail(m_token.offset,
                 Tr::tr("unexpected %1 after the end of the formula").arg(describe(m_token)));
    }

private:
    [[noreturn]] void fail(int offset, const QString &message)
    {
        throw CompileFailure {FormulaError::at(m_source, offset, message)};
    }

    QString describe(const Token &t) const
    {
        switch (t.kind) {
        case TokenKind::End: return Tr::tr("end of formula");
        case TokenKind::LParen: return QStringLiteral("'('");
        case TokenKind::RParen: return QStringLiteral("')'");
        case TokenKind::Separator:
        case TokenKind::Operator: return u'\'' + t.text + u'\'';
        default: return u'\'' + m_source.mid(t.offset, m_pos - t.offset) + u'\'';
        }
    }

    // --- lexer ---------------------------------------------------------------------------
    void advance()
    {
        lex();
        m_token.end = m_pos;
    }

    void lex()
    {
        const QString &s = m_source;
        const int n = int(s.size());
        while (m_pos < n && s[m_pos].isSpace())
            ++m_pos;
        m_token = Token {};
        m_token.offset = m_pos;
        if (m_pos >= n)
            return;
        const QChar c = s[m_pos];
        if (c.isDigit() || (c == u'.' && m_pos + 1 < n && s[m_pos + 1].isDigit())) {
            int end = m_pos;
            while (end < n && (s[end].isDigit() || s[end] == u'.'))
                ++end;
            if (end < n && (s[end] == u'e' || s[end] == u'E')) {
                int e = end + 1;
                if (e < n && (s[e] == u'+' || s[e] == u'-'))
                    ++e;
                if (e < n && s[e].isDigit()) {
                    while (e < n && s[e].isDigit())
                        ++e;
                    end = e;
                }
            }
            bool ok = false;
            m_token.number = s.mid(m_pos, end - m_pos).toDouble(&ok);
            if (!ok)
                fail(m_pos, Tr::tr("malformed number"));
            m_token.kind = TokenKind::Number;
            m_pos = end;
            return;
        }
        if (c == u'"') {
            QString text;
            int i = m_pos + 1;
            for (;;) {
                if (i >= n)
                    fail(m_pos, Tr::tr("unterminated text: missing closing \""));
                if (s[i] == u'"') {
                    if (i + 1 < n && s[i + 1] == u'"') {
                        text += u'"';
                        i += 2;
                        continue;
                    }
                    break;
                }
                text += s[i++];
            }
            m_token.kind = TokenKind::String;
            m_token.text = text;
            m_pos = i + 1;
            return;
        }
        if (c == u'[') {
            const int close = int(s.indexOf(u']', m_pos + 1));
            if (close < 0)
                fail(m_pos, Tr::tr("missing ] after a name"));
            m_token.kind = TokenKind::Bracket;
            m_token.text = s.mid(m_pos + 1, close - m_pos - 1).trimmed();
            if (m_token.text.isEmpty())
                fail(m_pos, Tr::tr("empty name []"));
            m_pos = close + 1;
            if (m_pos < n && s[m_pos] == u'.') {
                int end = m_pos + 1;
                while (end < n && isNameChar(s[end]))
                    ++end;
                m_token.member = s.mid(m_pos + 1, end - m_pos - 1);
                if (m_token.member.isEmpty())
                    fail(m_pos, Tr::tr("expected a member after '.'"));
                m_pos = end;
            }
            return;
        }
        if (isNameStart(c)) {
            int end = m_pos + 1;
            for (;;) {
                while (end < n && isNameChar(s[end]))
                    ++end;
                if (end + 1 < n && s[end] == u'.' && isNameChar(s[end + 1]))
                    ++end;
                else
                    break;
            }
            m_token.kind = TokenKind::Name;
            m_token.text = s.mid(m_pos, end - m_pos);
            m_pos = end;
            return;
        }
        switch (c.unicode()) {
        case u'(': m_token.kind = TokenKind::LParen; break;
        case u')': m_token.kind = TokenKind::RParen; break;
        case u',':
        case u';': m_token.kind = TokenKind::Separator; break;
        default: m_token.kind = TokenKind::Operator; break;
        }
        static const QStringList twoChar {QStringLiteral("<>"), QStringLiteral("<="),
                                          QStringLiteral(">="), QStringLiteral("=="),
                                          QStringLiteral("!=")};
        if (m_token.kind == TokenKind::Operator) {
            const QString two = s.mid(m_pos, 2);
            if (twoChar.contains(two)) {
                m_token.text = two;
                m_pos += 2;
                return;
            }
            if (!QStringLiteral("+-*/%^&=<>").contains(c))
                fail(m_pos, Tr::tr("unexpected character '%1'").arg(c));
        }
        m_token.text = c;
        ++m_pos;
    }

    bool isOperator(const char16_t *op) const
    {
        return m_token.kind == TokenKind::Operator && m_token.text == QStringView(op);
    }

    // --- code generation ---------------------------------------------------------------------
    int code(Op op, int a = 0, int b = 0, double x = 0.0)
    {
        m_program.m_code.push_back({op, a, b, x});
        return int(m_program.m_code.size()) - 1;
    }
    void push(int n = 1)
    {
        m_depth += n;
        m_program.m_maxDepth = std::max(m_program.m_maxDepth, m_depth);
    }
    void pop(int n = 1) { m_depth -= n; }
    void patch(int at)
    {
        m_program.m_code[at].a = int(m_program.m_code.size());
        m_lastTarget = m_program.m_code[at].a;
    }
    // A comparison directly followed by its jump becomes one instruction (flag 2 in b, the
    // target in a), unless a jump lands between them. Returns the instruction to patch.
    int jumpIfFalse()
    {
        auto &instructions = m_program.m_code;
        const int at = int(instructions.size());
        if (at > 0 && m_lastTarget != at && instructions.back().op >= Op::Equal
            && instructions.back().op <= Op::GreaterEqual) {
            instructions.back().b |= FormulaProgram::FusedJump;
            return at - 1;
        }
        return code(Op::JumpIfFalse);
    }
    // A literal number followed by its operator becomes one instruction with an immediate
    // operand, unless a jump lands on the operator.
    void binary(Op op)
    {
        auto &instructions = m_program.m_code;
        const int at = int(instructions.size());
        if (at > 0 && instructions.back().op == Op::PushNumber && m_lastTarget != at)
            instructions.back() = {op, 0, FormulaProgram::Immediate, instructions.back().x};
        else
            code(op);
        pop();
    }

    // Bounds the parser's recursion, so a pathological formula is an error, not a crash.
    struct Nesting
    {
        explicit Nesting(FormulaProgramBuilder &builder)
            : m_builder(builder)
        {
            if (++m_builder.m_nesting > maxNesting)
                m_builder.fail(m_builder.m_token.offset,
                               Tr::tr("the formula is nested too deeply"));
        }
        ~Nesting() { --m_builder.m_nesting; }
        FormulaProgramBuilder &m_builder;
    };
    static constexpr int maxNesting = 200;

    // --- grammar (lowest precedence first) ---------------------------------------------------
    // comparison := concat (cmp concat)*
    void comparison()
    {
        const Nesting nesting(*this);
        concat();
        for (;;) {
            Op op;
            if (isOperator(u"=") || isOperator(u"=="))
                op = Op::Equal;
            else if (isOperator(u"<>") || isOperator(u"!="))
                op = Op::NotEqual;
            else if (isOperator(u"<"))
                op = Op::Less;
            else if (isOperator(u">"))
                op = Op::Greater;
            else if (isOperator(u"<="))
                op = Op::LessEqual;
            else if (isOperator(u">="))
                op = Op::GreaterEqual;
            else
                return;
            advance();
            concat();
            binary(op);
        }
    }
    // concat := additive ('&' additive)*
    void concat()
    {
        additive();
        while (isOperator(u"&")) {
            advance();
            additive();
            code(Op::Concat); // no immediate form
            pop();
        }
    }
    void additive()
    {
        term();
        for (;;) {
            if (isOperator(u"+")) {
                advance();
                term();
                binary(Op::Add);
            } else if (isOperator(u"-")) {
                advance();
                term();
                binary(Op::Subtract);
            } else {
                return;
            }
        }
    }
    void term()
    {
        power();
        for (;;) {
            Op op;
            if (isOperator(u"*"))
                op = Op::Multiply;
            else if (isOperator(u"/"))
                op = Op::Divide;
            else if (isOperator(u"%"))
                op = Op::Modulo;
            else
                return;
            advance();
            power();
            binary(op);
        }
    }
    // power := unary ('^' unary)*, left to right as in Excel (2^3^2 = 64)
    void power()
    {
        unary();
        while (isOperator(u"^")) {
            advance();
            unary();
            binary(Op::Power);
        }
    }
    // unary minus binds tighter than ^, as in Excel: -2^2 = 4
    void unary()
    {
        const Nesting nesting(*this);
        if (isOperator(u"-")) {
            advance();
            unary();
            code(Op::Negate);
            return;
        }
        if (isOperator(u"+")) {
            advance();
            unary();
            return;
        }
        primary();
    }

    void primary()
    {
        const Token t = m_token;
        switch (t.kind) {
        case TokenKind::Number:
            code(Op::PushNumber, 0, 0, t.number);
            push();
            advance();
            return;
        case TokenKind::String:
            pushConstant(FormulaValue::fromText(t.text));
            advance();
            return;
        case TokenKind::LParen:
            advance();
            comparison();
            expect(TokenKind::RParen, Tr::tr("expected ')'"));
            return;
        case TokenKind::Bracket:
            reference(t, t.text, t.member, true);
            advance();
            return;
        case TokenKind::Name: {
            advance();
            if (m_token.kind == TokenKind::LParen) {
                call(t);
                return;
            }
            const QString upper = t.text.toUpper();
            if (upper == u"TRUE" || upper == u"VRAI") {
                pushConstant(FormulaValue::fromBool(true));
                return;
            }
            if (upper == u"FALSE" || upper == u"FAUX") {
                pushConstant(FormulaValue::fromBool(false));
                return;
            }
            QString name = t.text;
            QString member;
            const int dot = int(name.lastIndexOf(u'.'));
            if (dot > 0 && memberNamed(name.mid(dot + 1))) {
                member = name.mid(dot + 1);
                name.truncate(dot);
            }
            reference(t, name, member, false);
            return;
        }
        default: fail(t.offset, Tr::tr("expected a value"));
        }
    }

    void expect(TokenKind kind, const QString &message)
    {
        if (m_token.kind != kind)
            fail(m_token.offset, message);
        advance();
    }

    void pushConstant(const FormulaValue &value)
    {
        m_program.m_constants.append(value);
        code(Op::PushConst, int(m_program.m_constants.size()) - 1);
        push();
    }

    void reference(const Token &t, const QString &name, const QString &memberText, bool bracketed)
    {
        const std::optional<FormulaMember> named =
            memberText.isEmpty() ? FormulaMember::Value : memberNamed(memberText);
        if (!named)
            fail(t.offset,
                 Tr::tr("unknown member .%1 (value, quality, timestamp, good)").arg(memberText));
        const FormulaMember member = *named;
        QString error;
        const int slot = m_resolver.resolve(name, bracketed, &error);
        if (slot < 0)
            fail(t.offset, error.isEmpty() ? Tr::tr("unknown name %1").arg(name) : error);
        if (m_references)
            m_references->append({t.offset, t.end - t.offset, name, bracketed, memberText});
        m_program.m_inputs.append({slot, member, name});
        if (!m_program.m_inputSlots.contains(slot))
            m_program.m_inputSlots.append(slot);
        code(member == FormulaMember::Value ? Op::LoadValue : Op::LoadMember,
             int(m_program.m_inputs.size()) - 1, slot);
        push();
    }

    // Arguments up to and including ')'; returns how many.
    int arguments(const std::function<void(int)> &each)
    {
        advance(); // '('
        int count = 0;
        if (m_token.kind == TokenKind::RParen) {
            advance();
            return 0;
        }
        for (;;) {
            each(count);
            ++count;
            if (m_token.kind == TokenKind::Separator) {
                advance();
                continue;
            }
            expect(TokenKind::RParen, Tr::tr("expected ',' or ')'"));
            return count;
        }
    }

    void call(const Token &name)
    {
        const QString upper = name.text.toUpper();
        const FunctionInfo *info = nullptr;
        for (const FunctionInfo &f : functions) {
            if (upper == QStringView(f.name)) {
                info = &f;
                break;
            }
        }
        if (!info)
            fail(name.offset, Tr::tr("unknown function %1").arg(name.text));
        int count = 0;
        switch (info->function) {
        case Function::If: {
            // cond JumpIfFalse(else) then Jump(end) else: [otherwise FALSE] end:
            int jumpElse = -1;
            int jumpEnd = -1;
            const int depth = m_depth;
            count = arguments([&](int i) {
                if (i == 0) {
                    comparison();
                    jumpElse = jumpIfFalse();
                    pop();
                } else if (i == 1) {
                    comparison();
                    jumpEnd = code(Op::Jump);
                    patch(jumpElse);
                    pop(); // the else branch pushes its own value
                } else {
                    comparison();
                }
            });
            checkCount(name, *info, count);
            if (count == 2) {
                pushConstant(FormulaValue::fromBool(false));
            }
            patch(jumpEnd);
            m_depth = depth + 1;
            return;
        }
        case Function::And:
        case Function::Or: {
            const bool isAnd = info->function == Function::And;
            std::vector<int> jumps;
            const int depth = m_depth;
            count = arguments([&](int) {
                comparison();
                jumps.push_back(code(isAnd ? Op::AndJump : Op::OrJump));
                pop();
            });
            checkCount(name, *info, count);
            pushConstant(FormulaValue::fromBool(isAnd));
            for (int j : jumps)
                patch(j);
            m_depth = depth + 1;
            return;
        }
        default: break;
        }
        count = arguments([&](int) { comparison(); });
        checkCount(name, *info, count);
        if (info->function == Function::Blink || info->function == Function::Now)
            m_program.m_usesTime = true;
        if (info->function == Function::Not) {
            code(Op::Not);
            return;
        }
        if (count == 0)
            push();
        code(Op::Call, int(info->function), count);
        if (count > 0)
            pop(count - 1);
    }

    void checkCount(const Token &name, const FunctionInfo &info, int count)
    {
        if (count >= info.minArgs && (info.maxArgs < 0 || count <= info.maxArgs))
            return;
        QString expected;
        if (info.maxArgs < 0)
            expected = Tr::tr("at least %1").arg(info.minArgs);
        else if (info.minArgs == info.maxArgs)
            expected = QString::number(info.minArgs);
        else
            expected = Tr::tr("%1 to %2").arg(info.minArgs).arg(info.maxArgs);
        fail(name.offset,
             Tr::tr("%1 takes %2 argument(s), not %3")
                 .arg(name.text.toUpper(), expected)
                 .arg(count));
    }

    const QString &m_source;
    const FormulaResolver &m_resolver;
    FormulaProgram &m_program;
    QList<FormulaReference> *m_references;
    Token m_token;
    int m_pos = 0;
    int m_depth = 0;
    int m_lastTarget = -1; // the last jump target patched
    int m_nesting = 0;
};

FormulaProgram FormulaCompiler::compile(const QString &source, const FormulaResolver &resolver,
                                        FormulaError *error)
{
    FormulaProgram program;
    program.m_source = source;
    try {
        FormulaProgramBuilder(source, resolver, program).run();
    } catch (const CompileFailure &failure) {
        if (error)
            *error = failure.error;
        return FormulaProgram();
    }
    program.m_cells.resize(std::max(program.m_maxDepth, 1));
    program.m_stack.resize(std::max(program.m_maxDepth, 1));
    program.prepareFastPath();
    if (error)
        *error = {};
    return program;
}

QList<FormulaReference> FormulaCompiler::references(const QString &source, FormulaError *error)
{
    // Every name is an input to this resolver, so the parse stops only at the formula's own
    // errors, and each name is reported where the compiler would ask for it.
    struct AnyName : FormulaResolver
    {
        int resolve(const QString &, bool, QString *) const override { return 0; }
    };
    const AnyName anyName;
    FormulaProgram program;
    QList<FormulaReference> references;
    try {
        FormulaProgramBuilder(source, anyName, program, &references).run();
    } catch (const CompileFailure &failure) {
        if (error)
            *error = failure.error;
        return {};
    }
    if (error)
        *error = {};
    return references;
}

QStringList FormulaCompiler::functionNames()
{
    QStringList names;
    for (const FunctionInfo &f : functions)
        names.append(QString::fromUtf16(f.name));
    return names;
}

} // namespace Vigie
