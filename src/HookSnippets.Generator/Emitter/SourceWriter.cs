using System.Text;

namespace HookSnippets.Generator.Emitter;

/// <summary>Writes C# with four-space indentation and "\n" newlines, whatever the machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
    }

    /// <summary>
    /// Writes a block of lines, such as a raw string shaped like the code it emits, at the current indentation. A
    /// '\r' before a line break is dropped: a raw string keeps the line breaks of the checkout it was compiled from.
    /// </summary>
    public void Lines(string text)
    {
        // Copied line by line into the builder, never split into new strings: blocks are most of what is written.
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end;
            var length = next > start && text[next - 1] == '\r' ? next - start - 1 : next - start;
            if (length > 0)
            {
                _builder.Append(' ', _indent * 4).Append(text, start, length);
            }

            _builder.Append('\n');
            if (end < 0)
            {
                return;
            }

            start = end + 1;
        }
    }

    public void Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
    }

    public void Close()
    {
        _indent--;
        Line("}");
    }

    public void Indent() => _indent++;

    public void Outdent() => _indent--;

    public override string ToString() => _builder.ToString();
}
