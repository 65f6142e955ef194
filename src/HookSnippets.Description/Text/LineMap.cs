using System;
using System.Collections.Generic;

namespace HookSnippets.Description.Text;

/// <summary>
/// Maps character offsets of a text to 0-based lines and columns with Roslyn's <c>SourceText</c> rules:
/// "\r\n" is one line break, and so are a lone "\r", "\n", U+0085, U+2028 and U+2029; columns count UTF-16 code units.
/// The text must already be without its BOM (Roslyn drops it when it decodes a file).
/// </summary>
public sealed class LineMap
{
    private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

    private readonly int[] _lineStarts;
    private int _lastLine;

    public LineMap(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        Length = text.Length;
        var starts = new List<int> { 0 };

        // IndexOfAny searches vectorised for up to five characters, which is exactly the set of line breaks.
        for (var i = text.IndexOfAny(LineBreaks); i >= 0; i = text.IndexOfAny(LineBreaks, i + 1))
        {
            switch (text[i])
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    starts.Add(i + 1);
                    break;
                case '\n':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    starts.Add(i + 1);
                    break;
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>Length of the mapped text; offsets from 0 to this length (the end of the text) can be mapped.</summary>
    public int Length { get; }

    /// <summary>Number of lines; a text ending with a line break has an empty last line, as in Roslyn.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of a 0-based line.</summary>
    public int GetLineStart(int line)
    {
        if (line < 0 || line >= _lineStarts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(line));
        }

        return _lineStarts[line];
    }

    public LinePosition GetPosition(int offset)
    {
        if (offset < 0 || offset > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }

        // A reader asks for positions mostly in text order, so the line of the previous answer or the next one
        // usually holds the offset; the hint is only a guess and is checked, which keeps concurrent use correct.
        var line = _lastLine;
        if (!IsOnLine(offset, line))
        {
            line = IsOnLine(offset, line + 1) ? line + 1 : FindLine(offset);
            _lastLine = line;
        }

        return new LinePosition(line, offset - _lineStarts[line]);
    }

    public SourceSpan GetSpan(int start, int length)
    {
        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        return GetSpan(start, GetPosition(start), length);
    }

    /// <summary>
    /// The span from <paramref name="start"/>, whose position the caller took earlier: a reader that closes a container
    /// knows where it opened, and asking again would search the whole map once per container.
    /// </summary>
    internal SourceSpan GetSpan(int start, LinePosition startPosition, int length)
    {
        var end = GetPosition(start + length);
        return new SourceSpan(start, length, startPosition.Line, startPosition.Column, end.Line, end.Column);
    }

    private bool IsOnLine(int offset, int line) =>
        line < _lineStarts.Length
        && _lineStarts[line] <= offset
        && (line + 1 == _lineStarts.Length || offset < _lineStarts[line + 1]);

    private int FindLine(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);

        // Not a line start: the line is the one starting before the insertion point.
        return line >= 0 ? line : ~line - 1;
    }
}
