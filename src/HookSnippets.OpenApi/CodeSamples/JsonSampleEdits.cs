using System.Text;
using HookSnippets.Description.Json;

namespace HookSnippets.OpenApi.CodeSamples;

/// <summary>
/// The edit that gives one operation of a JSON document our samples: the samples array replaced, or a member added
/// after the operation's last one, laid out like the operation's own members (indentation, "key": spacing, or one
/// line when the file is minified). Entries that are not ours are copied as their original text.
/// </summary>
internal static class JsonSampleEdits
{
    public static TextEdit Edit(string text, JsonObject operation, JsonMember? existing, string key, IReadOnlyList<JsonNode> foreign, IReadOnlyList<CodeSample> samples, string newline)
    {
        var layout = Layout.Of(text, operation);
        var items = foreign.Select(item => text.Substring(item.Span.Start, item.Span.Length))
            .Concat(samples.Select(sample => Entry(sample, layout, newline)))
            .ToList();
        var array = Array(items, layout, newline);
        if (existing is not null)
        {
            return new TextEdit(existing.Value.Span.Start, existing.Value.Span.Length, array);
        }

        var member = Str(key) + layout.Colon + array;
        if (operation.Members.Count == 0)
        {
            return new TextEdit(operation.Span.Start, operation.Span.Length, "{" + layout.Break(newline, 1) + member + layout.Break(newline, 0) + "}");
        }

        var end = operation.Members.Max(m => m.Value.Span.End);
        return new TextEdit(end, 0, "," + layout.Break(newline, 1) + member);
    }

    private static string Array(IReadOnlyList<string> items, Layout layout, string newline) => items.Count == 0
        ? "[]"
        : "[" + string.Concat(items.Select((item, i) => (i == 0 ? string.Empty : ",") + layout.Break(newline, 2) + item)) + layout.Break(newline, 1) + "]";

    private static string Entry(CodeSample sample, Layout layout, string newline)
    {
        var builder = new StringBuilder("{");
        builder.Append(layout.Break(newline, 3)).Append(Str("lang")).Append(layout.Colon).Append(Str(sample.Lang)).Append(',');
        builder.Append(layout.Break(newline, 3)).Append(Str("label")).Append(layout.Colon).Append(Str(sample.Label)).Append(',');
        builder.Append(layout.Break(newline, 3)).Append(Str("source")).Append(layout.Colon).Append(Str(sample.Source));
        return builder.Append(layout.Break(newline, 2)).Append('}').ToString();
    }

    private static string Str(string value) => JsonWriter.Write(new JsonString(value, default), indented: false);

    /// <summary>
    /// How the operation is written: <see cref="Indent"/> is the indentation of its line, <see cref="Unit"/> one level
    /// more; both empty when its members share the line of its brace (a minified file).
    /// </summary>
    private sealed record Layout(string Indent, string Unit, string Colon)
    {
        public static Layout Of(string text, JsonObject operation)
        {
            var indent = LineIndent(text, operation.Span.Start);
            if (operation.Members.Count == 0)
            {
                return new Layout(indent, "  ", ": ");
            }

            var first = operation.Members[0];
            var between = text[first.NameSpan.End..first.Value.Span.Start];
            var colon = between.Contains('\n', StringComparison.Ordinal) ? ": " : between;
            if (!text.AsSpan(operation.Span.Start, first.NameSpan.Start - operation.Span.Start).Contains('\n'))
            {
                return new Layout(string.Empty, string.Empty, colon);
            }

            var memberIndent = LineIndent(text, first.NameSpan.Start);
            var unit = memberIndent.Length > indent.Length && memberIndent.StartsWith(indent, StringComparison.Ordinal) ? memberIndent[indent.Length..] : "  ";
            return new Layout(indent, unit, colon);
        }

        /// <summary>A line break and <paramref name="depth"/> levels below the operation's line; nothing in a minified file.</summary>
        public string Break(string newline, int depth) =>
            Unit.Length == 0 ? string.Empty : newline + Indent + string.Concat(Enumerable.Repeat(Unit, depth));

        private static string LineIndent(string text, int offset)
        {
            var start = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
            var end = start;
            while (end < text.Length && text[end] is ' ' or '\t')
            {
                end++;
            }

            return text[start..end];
        }
    }
}
