using System.Text;

namespace HookSnippets.OpenApi;

/// <summary>
/// A string that matches a simple regular expression: literals, escapes (<c>\d \w \s</c>...), classes with ranges,
/// groups, alternation (first branch) and quantifiers (the smallest count, at least one for <c>+</c>). Lookarounds
/// are skipped. The caller checks the result against the real pattern, so an unsupported construct gives no example
/// rather than a wrong one.
/// </summary>
internal sealed class PatternSampler
{
    private readonly string _pattern;
    private int _position;

    private PatternSampler(string pattern) => _pattern = pattern;

    /// <summary>The sample, or null when the pattern uses something this sampler does not read.</summary>
    public static string? Sample(string pattern, int extraRepetitions)
    {
        var sampler = new PatternSampler(pattern);
        try
        {
            var result = sampler.Alternation(extraRepetitions);
            return sampler._position == pattern.Length ? result : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string Alternation(int extra)
    {
        var first = Sequence(extra);
        while (Peek() == '|')
        {
            _position++;
            Sequence(extra);
        }

        return first;
    }

    private string Sequence(int extra)
    {
        var builder = new StringBuilder();
        while (_position < _pattern.Length && Peek() is not ('|' or ')'))
        {
            var atom = Atom(extra, out var isAssertion);
            if (isAssertion)
            {
                continue;
            }

            var (min, max) = Quantifier();
            var count = Math.Min(min + extra, max);
            for (var i = 0; i < count; i++)
            {
                builder.Append(atom);
            }
        }

        return builder.ToString();
    }

    private string Atom(int extra, out bool isAssertion)
    {
        isAssertion = false;
        var c = _pattern[_position++];
        switch (c)
        {
            case '^' or '$':
                isAssertion = true;
                return string.Empty;
            case '(':
                if (Peek() == '?')
                {
                    _position++;
                    var kind = _pattern[_position++];
                    if (kind is '=' or '!')
                    {
                        SkipGroup();
                        isAssertion = true;
                        return string.Empty;
                    }

                    if (kind != ':')
                    {
                        throw new FormatException();
                    }
                }

                var inner = Alternation(extra);
                Expect(')');
                return inner;
            case '[':
                return Class();
            case '.':
                return "a";
            case '\\':
                return Escape(inClass: false);
            case '*' or '+' or '?' or '{' or ')':
                throw new FormatException();
            default:
                return c.ToString();
        }
    }

    private (int Min, int Max) Quantifier()
    {
        if (_position >= _pattern.Length)
        {
            return (1, 1);
        }

        var quantifier = Peek();
        var (min, max) = quantifier switch
        {
            '?' => (0, 1),
            '*' => (0, int.MaxValue),
            '+' => (1, int.MaxValue),
            '{' => Braces(),
            _ => (-1, -1),
        };
        if (min < 0)
        {
            return (1, 1);
        }

        if (quantifier != '{')
        {
            _position++;
        }

        if (Peek() == '?')
        {
            _position++;
        }

        return (min, max);
    }

    private (int, int) Braces()
    {
        var close = _pattern.IndexOf('}', _position);
        var body = close < 0 ? null : _pattern[(_position + 1)..close];
        var parts = body?.Split(',');
        if (parts is null || parts.Length > 2 || !int.TryParse(parts[0], out var min))
        {
            return (-1, -1);
        }

        var max = parts.Length == 1 ? min : parts[1].Length == 0 ? int.MaxValue : int.TryParse(parts[1], out var m) ? m : -1;
        if (max < 0)
        {
            return (-1, -1);
        }

        _position = close + 1;
        return (min, max);
    }

    private string Class()
    {
        var negated = Peek() == '^';
        if (negated)
        {
            _position++;
        }

        var members = new List<(char From, char To)>();
        var first = true;
        while (_position < _pattern.Length && (Peek() != ']' || first))
        {
            first = false;
            var from = Peek() == '\\' ? ClassEscape() : _pattern[_position++].ToString();
            if (from.Length == 1 && Peek() == '-' && _position + 1 < _pattern.Length && _pattern[_position + 1] != ']')
            {
                _position++;
                var to = Peek() == '\\' ? ClassEscape() : _pattern[_position++].ToString();
                members.Add((from[0], to.Length == 1 ? to[0] : from[0]));
            }
            else
            {
                members.AddRange(from.Select(ch => (ch, ch)));
            }
        }

        Expect(']');
        if (!negated)
        {
            return members.Count == 0 ? throw new FormatException() : members[0].From.ToString();
        }

        foreach (var candidate in "aA0x_-")
        {
            if (!members.Any(m => candidate >= m.From && candidate <= m.To))
            {
                return candidate.ToString();
            }
        }

        throw new FormatException();
    }

    /// <summary>An escape inside a class: the characters it stands for (a class escape gives a few representatives).</summary>
    private string ClassEscape()
    {
        _position++;
        return Escape(inClass: true);
    }

    private string Escape(bool inClass)
    {
        if (_position >= _pattern.Length)
        {
            throw new FormatException();
        }

        var c = _pattern[_position++];
        return c switch
        {
            'd' => "0",
            'w' => inClass ? "a0_" : "a",
            's' => " ",
            'S' or 'W' or 'D' => inClass ? throw new FormatException() : c == 'D' ? "a" : c == 'W' ? "-" : "a",
            'n' => "\n",
            't' => "\t",
            'r' => "\r",
            'x' => Hex(2),
            'u' => Hex(4),
            'b' or 'B' => throw new FormatException(),
            _ when char.IsAsciiLetterOrDigit(c) => throw new FormatException(),
            _ => c.ToString(),
        };
    }

    private string Hex(int digits)
    {
        if (_position + digits > _pattern.Length)
        {
            throw new FormatException();
        }

        var code = Convert.ToInt32(_pattern.Substring(_position, digits), 16);
        _position += digits;
        return ((char)code).ToString();
    }

    private void SkipGroup()
    {
        var depth = 1;
        while (_position < _pattern.Length && depth > 0)
        {
            var c = _pattern[_position++];
            if (c == '\\')
            {
                _position++;
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
        }

        if (depth != 0)
        {
            throw new FormatException();
        }
    }

    private char Peek() => _position < _pattern.Length ? _pattern[_position] : '\0';

    private void Expect(char c)
    {
        if (Peek() != c)
        {
            throw new FormatException();
        }

        _position++;
    }
}
