using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Text;
using SharpYaml;
using SharpYaml.Events;

namespace HookSnippets.OpenApi.Sources;

/// <summary>
/// A YAML file read event by event into the same JSON tree the JSON reader makes, every node with its span, so YAML
/// files are located as precisely as JSON ones. Anchors and aliases are resolved, <c>&lt;&lt;</c> merge keys are
/// applied (explicit keys win), scalars are typed by <see cref="YamlScalars"/>. One document per file.
/// </summary>
internal sealed class YamlSource
{
    private readonly string _text;
    private readonly string _displayPath;
    private readonly LineMap _lines;
    private readonly IParser _parser;
    private readonly Dictionary<string, JsonNode> _anchors = new(StringComparer.Ordinal);
    private readonly List<string> _path = [];
    private readonly List<DuplicateKey> _duplicates = [];

    private YamlSource(string text, string displayPath)
    {
        _text = text;
        _displayPath = displayPath;
        _lines = new LineMap(text);
        _parser = Parser.CreateParser(new StringReader(text));
    }

    public static SourceReadResult Read(string text, string fullPath, string displayPath)
    {
        // As the JSON reader and Roslyn do, a byte order mark is not part of the text and not counted in columns.
        var source = new YamlSource(text.StartsWith('\uFEFF') ? text[1..] : text, displayPath);
        try
        {
            var root = source.ReadDocument();
            return new SourceReadResult(new SourceFile(fullPath, displayPath, root), null, source._duplicates);
        }
        catch (YamlException e)
        {
            var offset = Math.Clamp(e.Start.Index, 0, source._text.Length);
            var at = offset < source._text.Length ? source._text[offset] : '\0';
            return SourceReadResult.Failed(source.Error(offset, "Not valid YAML: " + YamlMessages.Plain(e.Message, at) + "."));
        }
        catch (ShapeException e)
        {
            return SourceReadResult.Failed(source.Error(e.Offset, "Not valid YAML: " + e.Message + "."));
        }
    }

    private DiagnosticInfo Error(int offset, string message) =>
        new(DiagnosticIds.OpenApiSyntax, Severity.Error, message, _displayPath, _lines.GetSpan(offset, 0));

    private JsonNode ReadDocument()
    {
        Expect<StreamStart>();
        if (Next() is not DocumentStart)
        {
            throw new ShapeException(0, "the file is empty");
        }

        var root = ReadNode(Next(), 0);
        Expect<DocumentEnd>();
        if (Next() is DocumentStart another)
        {
            throw new ShapeException(another.Start.Index, "the file holds a second YAML document ('---'); an OpenAPI file is one document");
        }

        return root;
    }

    private JsonNode ReadNode(ParsingEvent start, int depth)
    {
        if (depth > JsonParser.MaxDepth)
        {
            throw new ShapeException(start.Start.Index, $"values are nested deeper than {JsonParser.MaxDepth} levels");
        }

        JsonNode node;
        switch (start)
        {
            case AnchorAlias alias:
                return _anchors.TryGetValue(alias.Value, out var anchored)
                    ? anchored
                    : throw new ShapeException(alias.Start.Index, $"the alias '*{alias.Value}' names no anchor defined before it");
            case Scalar scalar:
                node = YamlScalars.Resolve(scalar.Value, scalar.Style == SharpYaml.ScalarStyle.Plain, scalar.Tag, Span(scalar.Start.Index, scalar.End.Index));
                break;
            case SequenceStart sequence:
                node = ReadSequence(sequence, depth);
                break;
            case MappingStart mapping:
                node = ReadMapping(mapping, depth);
                break;
            default:
                throw new ShapeException(start.Start.Index, "a value is missing here");
        }

        if (start is NodeEvent { Anchor: { } anchor })
        {
            _anchors[anchor] = node;
        }

        return node;
    }

    private JsonArray ReadSequence(SequenceStart start, int depth)
    {
        var items = new List<JsonNode>();
        ParsingEvent next;
        while ((next = Next()) is not SequenceEnd)
        {
            _path.Add(items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            items.Add(ReadNode(next, depth + 1));
            _path.RemoveAt(_path.Count - 1);
        }

        return new JsonArray(items.ToEquatableArray(), Span(start.Start.Index, next.End.Index));
    }

    private JsonObject ReadMapping(MappingStart start, int depth)
    {
        var members = new List<JsonMember>();
        var merged = new List<JsonObject>();
        ParsingEvent next;
        while ((next = Next()) is not MappingEnd)
        {
            if (next is not Scalar key)
            {
                throw new ShapeException(next.Start.Index, "a key must be plain text, not a list, a mapping or an alias");
            }

            var keySpan = Span(key.Start.Index, key.End.Index);
            _path.Add(key.Value);
            var value = ReadNode(Next(), depth + 1);
            _path.RemoveAt(_path.Count - 1);
            if (key.Style == SharpYaml.ScalarStyle.Plain && key.Value == "<<")
            {
                merged.AddRange(MergeSources(value, key.Start.Index));
                continue;
            }

            var earlier = members.FindIndex(m => m.Name == key.Value);
            if (earlier >= 0)
            {
                _duplicates.Add(new DuplicateKey(key.Value, JsonPointer.FromTokens(_path.Append(key.Value)), keySpan));
                members.RemoveAt(earlier);
            }

            members.Add(new JsonMember(key.Value, keySpan, value));
        }

        foreach (var source in merged)
        {
            members.AddRange(source.Members.Where(m => members.TrueForAll(e => e.Name != m.Name)));
        }

        return new JsonObject(members.ToEquatableArray(), Span(start.Start.Index, next.End.Index));
    }

    private static IEnumerable<JsonObject> MergeSources(JsonNode value, int offset) => value switch
    {
        JsonObject obj => [obj],
        JsonArray array when array.Items.All(i => i is JsonObject) => array.Items.Cast<JsonObject>(),
        _ => throw new ShapeException(offset, "a '<<' merge key takes a mapping or a list of mappings"),
    };

    private SourceSpan Span(int start, int end) => _lines.GetSpan(start, Math.Max(0, end - start));

    private ParsingEvent Next() =>
        _parser.MoveNext() && _parser.Current is { } current ? current : throw new ShapeException(_text.Length, "the file ends in the middle of a value");

    private void Expect<T>()
        where T : ParsingEvent
    {
        var next = Next();
        if (next is not T)
        {
            throw new ShapeException(next.Start.Index, "a value is missing here");
        }
    }

    /// <summary>A file that is YAML but not a single JSON-shaped document.</summary>
    private sealed class ShapeException(int offset, string message) : Exception(message)
    {
        public int Offset { get; } = offset;
    }
}
