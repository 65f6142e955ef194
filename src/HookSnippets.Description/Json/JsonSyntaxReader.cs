using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Json;

/// <summary>
/// One pass over one text. Recursion is bounded by <see cref="JsonParser.MaxDepth"/>, so it cannot overflow the stack;
/// the first syntax error is thrown as <see cref="SyntaxStop"/> and caught in <see cref="Read"/>.
/// </summary>
internal sealed class JsonSyntaxReader
{
    private const char ByteOrderMark = '\uFEFF';
    private const int MaxShownLength = 40;
    private const int IndexedObjectSize = 8;
    private const int MaxSharedLength = 32;
    private const int SharedSlots = 1024;

    private readonly string _text;
    private readonly string _filePath;
    private readonly LineMap _lines;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly List<List<JsonMember>> _memberBuffers = new();
    private readonly List<List<JsonNode>> _itemBuffers = new();
    private readonly List<Dictionary<string, SourceSpan>> _nameIndexes = new();
    private readonly string?[] _shared = new string?[SharedSlots];
    private StringBuilder? _escaped;
    private int _pos;
    private int _depth;

    public JsonSyntaxReader(string text, string filePath)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        // Roslyn drops the BOM when it decodes a file, so offsets and columns are counted without it.
        _text = text.Length > 0 && text[0] == ByteOrderMark ? text.Substring(1) : text;
        _filePath = filePath ?? throw new ArgumentNullException(nameof(filePath));
        _lines = new LineMap(_text);
    }

    public JsonParseResult Read()
    {
        JsonNode? root = null;
        try
        {
            SkipWhitespace();
            if (_pos == _text.Length)
            {
                throw Error(0, 0, "The file is empty: expected a JSON object.");
            }

            root = ReadValue();
            SkipWhitespace();
            if (_pos < _text.Length)
            {
                throw TrailingContent();
            }
        }
        catch (SyntaxStop stop)
        {
            root = null;
            _diagnostics.Add(stop.Diagnostic);
        }

        return new JsonParseResult(root, new EquatableArray<DiagnosticInfo>(_diagnostics.ToArray()));
    }

    private JsonNode ReadValue()
    {
        SkipWhitespace();
        if (_pos == _text.Length)
        {
            throw Error(_pos, 0, "Unexpected end of file: expected a JSON value.");
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
            case '"':
                var start = _pos;
                var value = ReadString();
                return new JsonString(value, Span(start, _pos - start));
            case '-':
                return ReadNumber();
            case 't':
            case 'f':
            case 'n':
                return ReadLiteral();
            default:
                if (IsDigit(c))
                {
                    return ReadNumber();
                }

                throw UnexpectedValue();
        }
    }

    private JsonObject ReadObject()
    {
        var open = _pos;
        var openAt = _lines.GetPosition(open);
        EnterContainer();
        _pos++;
        SkipWhitespace();
        if (_pos < _text.Length && _text[_pos] == '}')
        {
            _pos++;
            _depth--;
            return new JsonObject(EquatableArray<JsonMember>.Empty, _lines.GetSpan(open, openAt, _pos - open));
        }

        var members = Buffer(_memberBuffers);
        var names = Buffer(_nameIndexes);
        while (true)
        {
            var member = ReadMember();
            CheckDuplicate(members, names, member);
            members.Add(member);

            SkipWhitespace();
            if (_pos == _text.Length)
            {
                throw Unclosed("object", open);
            }

            var c = _text[_pos];
            if (c == '}')
            {
                break;
            }

            if (c != ',')
            {
                throw UnexpectedToken(
                    $"',' or '}}' after the value of member '{member.Name}'",
                    c == '"' ? " Is a comma missing?" : string.Empty);
            }

            var comma = _pos;
            _pos++;
            SkipWhitespace();
            if (_pos < _text.Length && _text[_pos] == '}')
            {
                throw Error(comma, 1, "Trailing comma before '}' is not allowed in JSON.");
            }
        }

        _pos++;
        _depth--;
        var result = new JsonObject(new EquatableArray<JsonMember>(members.ToArray()), _lines.GetSpan(open, openAt, _pos - open));
        members.Clear();
        names.Clear();
        return result;
    }

    private JsonMember ReadMember()
    {
        SkipWhitespace();
        if (_pos == _text.Length)
        {
            throw Error(_pos, 0, "Unexpected end of file: expected an object member name.");
        }

        if (_text[_pos] == '\'')
        {
            throw Error(_pos, 1, "Strings must use double quotes.");
        }

        if (_text[_pos] != '"')
        {
            throw UnexpectedToken("an object member name (a string in double quotes)");
        }

        var nameStart = _pos;
        var name = ReadString();
        var nameSpan = Span(nameStart, _pos - nameStart);

        SkipWhitespace();
        if (_pos == _text.Length || _text[_pos] != ':')
        {
            throw UnexpectedToken($"':' after member name '{name}'");
        }

        _pos++;
        return new JsonMember(name, nameSpan, ReadValue());
    }

    private void CheckDuplicate(List<JsonMember> members, Dictionary<string, SourceSpan> names, JsonMember member)
    {
        // Small objects are scanned; larger ones get an index so that wide objects stay linear.
        SourceSpan first = default;
        bool found;
        if (members.Count < IndexedObjectSize)
        {
            found = false;
            foreach (var existing in members)
            {
                if (string.Equals(existing.Name, member.Name, StringComparison.Ordinal))
                {
                    first = existing.NameSpan;
                    found = true;
                    break;
                }
            }
        }
        else
        {
            if (names.Count == 0)
            {
                foreach (var existing in members)
                {
                    if (!names.ContainsKey(existing.Name))
                    {
                        names.Add(existing.Name, existing.NameSpan);
                    }
                }
            }

            found = names.TryGetValue(member.Name, out first);
            if (!found)
            {
                names.Add(member.Name, member.NameSpan);
            }
        }

        if (found)
        {
            _diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.JsonDuplicateMember,
                Severity.Error,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "Duplicate member '{0}': a member of that name already appears at line {1}, column {2}.",
                    member.Name,
                    first.StartLine + 1,
                    first.StartColumn + 1),
                _filePath,
                member.NameSpan));
        }
    }

    private JsonArray ReadArray()
    {
        var open = _pos;
        var openAt = _lines.GetPosition(open);
        EnterContainer();
        _pos++;
        SkipWhitespace();
        if (_pos < _text.Length && _text[_pos] == ']')
        {
            _pos++;
            _depth--;
            return new JsonArray(EquatableArray<JsonNode>.Empty, _lines.GetSpan(open, openAt, _pos - open));
        }

        var items = Buffer(_itemBuffers);
        while (true)
        {
            items.Add(ReadValue());

            SkipWhitespace();
            if (_pos == _text.Length)
            {
                throw Unclosed("array", open);
            }

            var c = _text[_pos];
            if (c == ']')
            {
                break;
            }

            if (c != ',')
            {
                throw UnexpectedToken("',' or ']' after an array item", IsValueStart(c) ? " Is a comma missing?" : string.Empty);
            }

            var comma = _pos;
            _pos++;
            SkipWhitespace();
            if (_pos < _text.Length && _text[_pos] == ']')
            {
                throw Error(comma, 1, "Trailing comma before ']' is not allowed in JSON.");
            }
        }

        _pos++;
        _depth--;
        var result = new JsonArray(new EquatableArray<JsonNode>(items.ToArray()), _lines.GetSpan(open, openAt, _pos - open));
        items.Clear();
        return result;
    }

    private void EnterContainer()
    {
        if (_depth == JsonParser.MaxDepth)
        {
            throw new SyntaxStop(new DiagnosticInfo(
                DiagnosticIds.JsonTooDeep,
                Severity.Error,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "Objects and arrays are nested more than {0} levels deep; the reader stops here.",
                    JsonParser.MaxDepth),
                _filePath,
                Span(_pos, 1)));
        }

        _depth++;
    }

    /// <summary>One reusable buffer per nesting level: a container's buffer is free again once it is built.</summary>
    private T Buffer<T>(List<T> buffers)
        where T : new()
    {
        while (buffers.Count < _depth)
        {
            buffers.Add(new T());
        }

        return buffers[_depth - 1];
    }

    /// <summary>Reads a string token starting at its opening quote; leaves the position after the closing quote.</summary>
    private string ReadString()
    {
        var open = _pos;
        var i = open + 1;
        var hash = 0;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '"')
            {
                _pos = i + 1;
                return Shared(open + 1, i - open - 1, hash);
            }

            if (c == '\\' || c < ' ')
            {
                break;
            }

            hash = unchecked((hash * 31) + c);
            i++;
        }

        var builder = _escaped ??= new StringBuilder();
        builder.Clear();
        builder.Append(_text, open + 1, i - open - 1);
        while (true)
        {
            if (i == _text.Length)
            {
                throw Error(open, i - open, "Unterminated string: the file ends before the closing double quote.");
            }

            var c = _text[i];
            if (c == '"')
            {
                _pos = i + 1;
                return builder.ToString();
            }

            if (c == '\\')
            {
                i = ReadEscape(open, i, builder);
            }
            else if (c == '\r' || c == '\n')
            {
                throw Error(
                    open,
                    i - open,
                    "Unterminated string: the line ends before the closing double quote (write a line break in a string as \\n).");
            }
            else if (c < ' ')
            {
                throw Error(i, 1, $"Control character {CodePoint(c)} must be escaped in a string (write {EscapeOf(c)}).");
            }
            else
            {
                var run = i;
                while (i < _text.Length && _text[i] != '"' && _text[i] != '\\' && _text[i] >= ' ')
                {
                    i++;
                }

                builder.Append(_text, run, i - run);
            }
        }
    }

    /// <summary>
    /// The text of an unescaped string token. Member names and short values ("type", "string", "description") repeat
    /// thousands of times in a large description, so the last string seen per hash slot is reused when it matches.
    /// </summary>
    private string Shared(int start, int length, int hash)
    {
        if (length > MaxSharedLength)
        {
            return _text.Substring(start, length);
        }

        var slot = hash & (SharedSlots - 1);
        var known = _shared[slot];
        if (known is not null && known.Length == length && string.CompareOrdinal(_text, start, known, 0, length) == 0)
        {
            return known;
        }

        var text = _text.Substring(start, length);
        _shared[slot] = text;
        return text;
    }

    /// <summary>Decodes the escape at <paramref name="backslash"/> and returns the index after it.</summary>
    private int ReadEscape(int open, int backslash, StringBuilder builder)
    {
        if (backslash + 1 == _text.Length)
        {
            throw Error(open, backslash + 1 - open, "Unterminated string: the file ends before the closing double quote.");
        }

        var e = _text[backslash + 1];
        switch (e)
        {
            case '"': builder.Append('"'); break;
            case '\\': builder.Append('\\'); break;
            case '/': builder.Append('/'); break;
            case 'b': builder.Append('\b'); break;
            case 'f': builder.Append('\f'); break;
            case 'n': builder.Append('\n'); break;
            case 'r': builder.Append('\r'); break;
            case 't': builder.Append('\t'); break;
            case 'u':
                var value = 0;
                for (var k = 0; k < 4; k++)
                {
                    var index = backslash + 2 + k;
                    var digit = index < _text.Length ? HexValue(_text[index]) : -1;
                    if (digit < 0)
                    {
                        throw Error(
                            backslash,
                            2 + k,
                            $"Invalid escape sequence '{_text.Substring(backslash, 2 + k)}': \\u must be followed by four hexadecimal digits.");
                    }

                    value = (value * 16) + digit;
                }

                // Surrogates are appended one unit at a time: a pair of escapes joins into one character, a lone one stays as it is.
                builder.Append((char)value);
                return backslash + 6;
            default:
                var shown = e < ' ' ? "\\" + CodePoint(e) : "\\" + e;
                throw Error(
                    backslash,
                    2,
                    $"Invalid escape sequence '{shown}'. Valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hexadecimal digits.");
        }

        return backslash + 2;
    }

    private JsonNumber ReadNumber()
    {
        var start = _pos;
        var i = start;
        if (_text[i] == '-')
        {
            i++;
            if (i == _text.Length || !IsDigit(_text[i]))
            {
                if (string.CompareOrdinal(_text, i, "Infinity", 0, 8) == 0)
                {
                    throw InvalidNumber(start, "NaN and Infinity are not allowed in JSON.");
                }

                throw InvalidNumber(start, "a digit must follow the minus sign.");
            }
        }

        if (_text[i] == '0')
        {
            i++;
            if (i < _text.Length && IsDigit(_text[i]))
            {
                throw InvalidNumber(start, "leading zeros are not allowed in JSON.");
            }
        }
        else
        {
            i = SkipDigits(i);
        }

        if (i < _text.Length && _text[i] == '.')
        {
            i++;
            if (i == _text.Length || !IsDigit(_text[i]))
            {
                throw InvalidNumber(start, "a digit must follow the decimal point.");
            }

            i = SkipDigits(i);
        }

        if (i < _text.Length && (_text[i] == 'e' || _text[i] == 'E'))
        {
            i++;
            if (i < _text.Length && (_text[i] == '+' || _text[i] == '-'))
            {
                i++;
            }

            if (i == _text.Length || !IsDigit(_text[i]))
            {
                throw InvalidNumber(start, "the exponent needs at least one digit.");
            }

            i = SkipDigits(i);
        }

        if (i < _text.Length && IsNumberLike(_text[i]))
        {
            throw InvalidNumber(start, "this is not a JSON number.");
        }

        _pos = i;
        return new JsonNumber(_text.Substring(start, i - start), Span(start, i - start));
    }

    private JsonNode ReadLiteral()
    {
        var start = _pos;
        var end = WordEnd(start);
        var length = end - start;
        JsonNode? literal = length switch
        {
            4 when string.CompareOrdinal(_text, start, "true", 0, 4) == 0 => new JsonBoolean(true, Span(start, 4)),
            4 when string.CompareOrdinal(_text, start, "null", 0, 4) == 0 => new JsonNull(Span(start, 4)),
            5 when string.CompareOrdinal(_text, start, "false", 0, 5) == 0 => new JsonBoolean(false, Span(start, 5)),
            _ => null,
        };
        if (literal is null)
        {
            throw UnexpectedValue();
        }

        _pos = end;
        return literal;
    }

    /// <summary>The error for a token that cannot start a value, with the likely mistake named.</summary>
    private SyntaxStop UnexpectedValue()
    {
        var c = _text[_pos];
        if (c == '\'')
        {
            return Error(_pos, 1, "Strings must use double quotes.");
        }

        if (c == '+')
        {
            return InvalidNumber(_pos, "JSON numbers cannot start with '+'.");
        }

        if (c == '.')
        {
            return InvalidNumber(_pos, "JSON numbers need a digit before the decimal point.");
        }

        if (IsWordStart(c))
        {
            var end = WordEnd(_pos);
            var word = _text.Substring(_pos, end - _pos);
            if (word == "NaN" || word == "Infinity")
            {
                return Error(_pos, end - _pos, $"Invalid number '{word}': NaN and Infinity are not allowed in JSON.");
            }

            var lower = word.ToLowerInvariant();
            if (lower == "true" || lower == "false" || lower == "null")
            {
                return Error(_pos, end - _pos, $"Unexpected '{Shorten(word)}': JSON literals are lower case ({lower}).");
            }
        }

        return UnexpectedToken("a JSON value (an object, array, string, number, true, false or null)");
    }

    private SyntaxStop UnexpectedToken(string expected, string hint = "")
    {
        if (_pos == _text.Length)
        {
            return Error(_pos, 0, $"Unexpected end of file: expected {expected}.");
        }

        if (IsCommentStart())
        {
            return CommentError();
        }

        var (length, shown) = Describe(_pos);
        return Error(_pos, length, $"Expected {expected} but found {shown}.{hint}");
    }

    private bool IsCommentStart() =>
        _text[_pos] == '/' && _pos + 1 < _text.Length && (_text[_pos + 1] == '/' || _text[_pos + 1] == '*');

    private SyntaxStop CommentError() => Error(_pos, 2, "Comments are not allowed in JSON.");

    private SyntaxStop TrailingContent()
    {
        if (IsCommentStart())
        {
            return CommentError();
        }

        var (length, shown) = Describe(_pos);
        return Error(_pos, length, $"Unexpected {shown} after the end of the JSON document: a file holds a single JSON value.");
    }

    private SyntaxStop Unclosed(string kind, int open)
    {
        var at = _lines.GetPosition(open);
        return Error(
            _pos,
            0,
            string.Format(
                CultureInfo.InvariantCulture,
                "Unexpected end of file: the {0} opened at line {1}, column {2} is not closed.",
                kind,
                at.Line + 1,
                at.Column + 1));
    }

    private SyntaxStop InvalidNumber(int start, string reason)
    {
        var end = start;
        while (end < _text.Length && IsNumberLike(_text[end]))
        {
            end++;
        }

        end = Math.Max(end, start + 1);
        return Error(start, end - start, $"Invalid number '{Shorten(_text.Substring(start, end - start))}': {reason}");
    }

    /// <summary>How a found token is quoted in a message, and how many characters it covers.</summary>
    private (int Length, string Shown) Describe(int pos)
    {
        var c = _text[pos];
        if (IsWordStart(c))
        {
            var end = WordEnd(pos);
            return (end - pos, "'" + Shorten(_text.Substring(pos, end - pos)) + "'");
        }

        if (char.IsHighSurrogate(c) && pos + 1 < _text.Length && char.IsLowSurrogate(_text[pos + 1]))
        {
            return (2, "'" + _text.Substring(pos, 2) + "'");
        }

        if (c < ' ' || c == '\u007F' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == ByteOrderMark || char.IsWhiteSpace(c) || char.IsSurrogate(c))
        {
            return (1, CodePoint(c));
        }

        return (1, "'" + c + "'");
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            {
                return;
            }

            _pos++;
        }
    }

    private int SkipDigits(int i)
    {
        while (i < _text.Length && IsDigit(_text[i]))
        {
            i++;
        }

        return i;
    }

    private int WordEnd(int i)
    {
        while (i < _text.Length && (char.IsLetterOrDigit(_text[i]) || _text[i] == '_' || _text[i] == '$'))
        {
            i++;
        }

        return i;
    }

    private SourceSpan Span(int start, int length) => _lines.GetSpan(start, length);

    private SyntaxStop Error(int start, int length, string message) =>
        new(new DiagnosticInfo(DiagnosticIds.JsonSyntax, Severity.Error, message, _filePath, Span(start, length)));

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

    private static bool IsNumberLike(char c) => char.IsLetterOrDigit(c) || c == '.' || c == '+' || c == '-' || c == '_';

    private static bool IsValueStart(char c) => c == '"' || c == '{' || c == '[' || c == '-' || IsDigit(c) || c == 't' || c == 'f' || c == 'n';

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static string EscapeOf(char c) => c switch
    {
        '\b' => "\\b",
        '\f' => "\\f",
        '\t' => "\\t",
        _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
    };

    private static string Shorten(string token) =>
        token.Length <= MaxShownLength ? token : token.Substring(0, MaxShownLength) + "...";

    private sealed class SyntaxStop : Exception
    {
        public SyntaxStop(DiagnosticInfo diagnostic)
            : base(diagnostic.Message) => Diagnostic = diagnostic;

        public DiagnosticInfo Diagnostic { get; }
    }
}
