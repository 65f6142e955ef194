using System.Text;

namespace HookSnippets.OpenApi.CodeSamples;

/// <summary>Replaces <see cref="Length"/> characters at <see cref="Start"/> with <see cref="Text"/>; everything else stays as it was.</summary>
internal sealed record TextEdit(int Start, int Length, string Text)
{
    /// <summary>The text with every edit applied; edits never overlap (an insertion may stand where a removal ends).</summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var builder = new StringBuilder(text.Length + 4096);
        var at = 0;
        foreach (var edit in edits.OrderBy(e => e.Start).ThenBy(e => e.Length == 0 ? 0 : 1))
        {
            builder.Append(text, at, edit.Start - at).Append(edit.Text);
            at = edit.Start + edit.Length;
        }

        return builder.Append(text, at, text.Length - at).ToString();
    }
}
