using System.Globalization;
using System.Text;

namespace HookSnippets.Snippets.Output;

/// <summary>A unified diff (three lines of context) between two texts, as <c>diff -u</c> and <c>git apply</c> read it.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    // Beyond this many line pairs the middle is shown as removed then added: still a correct diff, just not minimal.
    private const long MaxTableCells = 4_000_000;

    private const string NoNewline = "\n\\ No newline at end of file";

    public static string Create(string oldName, string newName, string oldText, string newText)
    {
        var edits = Edits(Lines(oldText), Lines(newText));
        var builder = new StringBuilder();
        builder.Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
        var changed = Enumerable.Range(0, edits.Count).Where(i => edits[i].Op != ' ').ToArray();
        var index = 0;
        while (index < changed.Length)
        {
            var first = changed[index];
            var last = first;
            while (index + 1 < changed.Length && changed[index + 1] - last <= 2 * Context)
            {
                last = changed[++index];
            }

            index++;
            AppendHunk(builder, edits, Math.Max(0, first - Context), Math.Min(edits.Count - 1, last + Context));
        }

        return builder.ToString();
    }

    private static void AppendHunk(StringBuilder builder, List<(char Op, string Line, int OldLine, int NewLine)> edits, int from, int to)
    {
        var oldCount = 0;
        var newCount = 0;
        for (var i = from; i <= to; i++)
        {
            oldCount += edits[i].Op != '+' ? 1 : 0;
            newCount += edits[i].Op != '-' ? 1 : 0;
        }

        // A range of no lines is numbered by the line before it, so an empty side reads "-0,0".
        var oldStart = oldCount == 0 ? edits[from].OldLine - 1 : edits[from].OldLine;
        var newStart = newCount == 0 ? edits[from].NewLine - 1 : edits[from].NewLine;
        builder.Append(CultureInfo.InvariantCulture, $"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
        for (var i = from; i <= to; i++)
        {
            builder.Append(edits[i].Op).Append(edits[i].Line).Append('\n');
        }
    }

    private static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Split('\n');
        if (lines[^1].Length == 0)
        {
            return lines[..^1];
        }

        // The marker makes "x" and "x\n" differ and prints as diff prints it.
        lines[^1] += NoNewline;
        return lines;
    }

    /// <summary>The edit script with the 1-based old and new line numbers each entry stands at.</summary>
    private static List<(char Op, string Line, int OldLine, int NewLine)> Edits(string[] a, string[] b)
    {
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var script = new List<char>();
        script.AddRange(Enumerable.Repeat(' ', prefix));
        script.AddRange(Middle(a.AsSpan(prefix, a.Length - prefix - suffix), b.AsSpan(prefix, b.Length - prefix - suffix)));
        script.AddRange(Enumerable.Repeat(' ', suffix));

        var edits = new List<(char, string, int, int)>(script.Count);
        int ai = 0, bi = 0;
        foreach (var op in script)
        {
            var line = op == '+' ? b[bi] : a[ai];
            edits.Add((op, line, ai + 1, bi + 1));
            ai += op != '+' ? 1 : 0;
            bi += op != '-' ? 1 : 0;
        }

        return edits;
    }

    private static List<char> Middle(ReadOnlySpan<string> a, ReadOnlySpan<string> b)
    {
        var script = new List<char>(a.Length + b.Length);
        if ((long)a.Length * b.Length > MaxTableCells)
        {
            script.AddRange(Enumerable.Repeat('-', a.Length));
            script.AddRange(Enumerable.Repeat('+', b.Length));
            return script;
        }

        // Longest common subsequence, filled from the end so the walk below goes forwards.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                script.Add(' ');
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                script.Add('-');
                x++;
            }
            else
            {
                script.Add('+');
                y++;
            }
        }

        return script;
    }
}
