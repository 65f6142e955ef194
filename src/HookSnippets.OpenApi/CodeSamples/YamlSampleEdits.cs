using System.Text;
using HookSnippets.Description.Json;

namespace HookSnippets.OpenApi.CodeSamples;

/// <summary>
/// The edits that give one operation of a YAML document our samples, made in the original text so that comments,
/// quoting, anchors and key order stay as they are. In block style our entries are removed line by line and ours are
/// written as a block sequence after the last entry (or as a new key after the operation's last line); in flow style
/// the list is written again in flow style, the other entries as their original text.
/// </summary>
internal static class YamlSampleEdits
{
    public static IEnumerable<TextEdit> Edit(string text, JsonObject operation, JsonMember? existing, string key, IReadOnlyList<JsonNode> foreign, IReadOnlyList<JsonNode> replaced, IReadOnlyList<CodeSample> samples, string newline)
    {
        if (IsFlow(text, operation))
        {
            var list = FlowList(text, foreign, samples);
            if (existing is not null)
            {
                return [Replace(text, existing.Value, list)];
            }

            var close = End(text, operation) - 1;
            return [new TextEdit(close, 0, (operation.Members.Count == 0 ? string.Empty : ", ") + key + ": " + list)];
        }

        var indent = new string(' ', operation.Members[0].NameSpan.StartColumn);
        if (existing is null)
        {
            var at = LineStartAfter(text, LastContentEnd(text, operation));
            var lead = at == text.Length && text.Length > 0 && text[^1] != '\n' ? newline : string.Empty;
            return [new TextEdit(at, 0, lead + indent + key + ":" + newline + Entries(samples, indent + "  ", newline))];
        }

        var value = existing.Value;
        if (IsFlow(text, value) || value is not JsonArray { Items.Count: > 0 })
        {
            // An empty or flow list has no lines of its own to keep: it is written again in place.
            return [Replace(text, value, FlowList(text, foreign, samples))];
        }

        var dash = DashBefore(text, ((JsonArray)value).Items[0].Span.Start);
        var dashIndent = new string(' ', dash - LineStart(text, dash));
        var edits = new List<TextEdit>();
        foreach (var item in replaced)
        {
            var start = LineStart(text, DashBefore(text, item.Span.Start));
            edits.Add(new TextEdit(start, LineStartAfter(text, LastContentEnd(text, item)) - start, string.Empty));
        }

        var end = LineStartAfter(text, LastContentEnd(text, value));
        var before = end == text.Length && text[^1] != '\n' ? newline : string.Empty;
        edits.Add(new TextEdit(end, 0, before + Entries(samples, dashIndent, newline)));
        return edits;
    }

    private static string Entries(IReadOnlyList<CodeSample> samples, string dashIndent, string newline)
    {
        var builder = new StringBuilder();
        foreach (var sample in samples)
        {
            builder.Append(dashIndent).Append("- lang: ").Append(YamlText.Short(sample.Lang)).Append(newline);
            builder.Append(dashIndent).Append("  label: ").Append(YamlText.Short(sample.Label)).Append(newline);
            builder.Append(dashIndent).Append("  source: ").Append(YamlText.Block(sample.Source, dashIndent + "    ", newline));
        }

        return builder.ToString();
    }

    private static string FlowList(string text, IReadOnlyList<JsonNode> foreign, IReadOnlyList<CodeSample> samples) =>
        "[" + string.Join(", ", foreign.Select(item => text[item.Span.Start..End(text, item)]).Concat(samples.Select(s =>
            $"{{lang: {YamlText.DoubleQuoted(s.Lang)}, label: {YamlText.DoubleQuoted(s.Label)}, source: {YamlText.DoubleQuoted(s.Source)}}}"))) + "]";

    /// <summary>
    /// Where the node's own text ends. The reader's end of a block collection or block scalar is where the next token
    /// starts (after blank and comment lines), so it is found from the last scalar inside instead.
    /// </summary>
    private static int LastContentEnd(string text, JsonNode node)
    {
        if (IsFlow(text, node))
        {
            return End(text, node);
        }

        switch (node)
        {
            case JsonObject { Members.Count: > 0 } obj:
                return obj.Members.Max(m => Math.Max(m.NameSpan.End, LastContentEnd(text, m.Value)));
            case JsonArray { Items.Count: > 0 } array:
                return array.Items.Max(item => LastContentEnd(text, item));
        }

        var start = ContentStart(text, node.Span.Start);
        if (start >= text.Length || text[start] is not ('|' or '>'))
        {
            return node.Span.End;
        }

        var header = text.IndexOf('\n', start) is var h and >= 0 ? h : text.Length;
        if (text.AsSpan(start, header - start).Contains('+'))
        {
            // Keep chomping: the blank lines up to the next token are part of the value.
            return node.Span.End;
        }

        var end = Math.Min(node.Span.End, text.Length);
        while (end > header && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static TextEdit Replace(string text, JsonNode node, string replacement) =>
        new(node.Span.Start, End(text, node) - node.Span.Start, replacement);

    /// <summary>Where the node's text ends: the reader ends a flow collection before its closing bracket, not after it.</summary>
    private static int End(string text, JsonNode node)
    {
        var end = node.Span.End;
        var closing = node is JsonObject ? '}' : ']';
        return IsFlow(text, node) && end < text.Length && text[end] == closing ? end + 1 : end;
    }

    private static bool IsFlow(string text, JsonNode node) =>
        node is JsonObject or JsonArray && ContentStart(text, node.Span.Start) is var start && start < text.Length && text[start] is '{' or '[';

    /// <summary>The first character after an anchor (<c>&amp;a</c>) or tag (<c>!!map</c>) that may precede a node.</summary>
    private static int ContentStart(string text, int start)
    {
        var at = start;
        while (at < text.Length && text[at] is '&' or '!')
        {
            while (at < text.Length && !char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }
        }

        return at;
    }

    private static int DashBefore(string text, int itemStart)
    {
        var at = itemStart - 1;
        while (at > 0 && text[at] != '-' && text[at] != '\n')
        {
            at--;
        }

        return text[at] == '-' ? at : itemStart;
    }

    private static int LineStart(string text, int offset) => offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;

    private static int LineStartAfter(string text, int offset)
    {
        if (offset >= text.Length || (offset > 0 && text[offset - 1] == '\n'))
        {
            return Math.Min(offset, text.Length);
        }

        var next = text.IndexOf('\n', offset);
        return next < 0 ? text.Length : next + 1;
    }
}
