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
        foreach (var line in text.Split('\n'))
        {
            Line(line.TrimEnd('\r'));
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
