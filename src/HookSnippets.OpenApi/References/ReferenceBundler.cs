using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Text;
using HookSnippets.OpenApi.Sources;

namespace HookSnippets.OpenApi.References;

/// <summary>
/// Resolves every <c>$ref</c> of a description on its JSON tree, before Microsoft.OpenApi reads it, so the library
/// sees one self-contained document (its own loading reads each referenced file as a whole OpenAPI document, and it
/// rewrites a pointer into the middle of a schema into a component that does not exist):
/// <list type="bullet">
/// <item>a schema <c>$ref</c> to a component of the document stays; one to another file, or into the middle of a
/// node (<c>#/components/schemas/Field/properties/name</c>), becomes a component of its own, named after its target
/// (<c>Pet</c>, <c>Field_name</c>), shared by every reference to the same node, so recursion keeps working;</item>
/// <item>any other <c>$ref</c> (path items, operations, parameters, responses, a tag's description...) is replaced by
/// its target, whose own references are resolved relative to the target's file;</item>
/// <item>examples, defaults and extensions are data: a <c>$ref</c> inside them is left alone.</item>
/// </list>
/// A missing file or node, a cycle of inlined objects and a cycle of schemas that only refer to each other are
/// <see cref="Problem"/>s located at the <c>$ref</c>. Schemas of 2.0 and 3.0 documents written in JSON Schema
/// spellings their reader refuses are rewritten on the way (<see cref="OlderSchemaSpellings"/>).
/// </summary>
internal sealed class ReferenceBundler
{
    private const int MaxHops = 32;

    private readonly SourceFiles _files;
    private readonly SourceFile _document;
    private readonly SourceMap _map;
    private readonly bool _swagger2;
    private readonly bool _openApi31;
    private readonly TokenPath _componentsPath;
    private readonly string[] _componentsTokens;
    private readonly string _componentsPrefix;
    private readonly List<Problem> _problems = [];
    private readonly List<(string Pointer, string Reason)> _notes = [];
    private readonly HashSet<string> _constNulls = new(StringComparer.Ordinal);
    private readonly List<(SourceFile, DuplicateKey)> _duplicates = [];
    private readonly HashSet<string> _filesSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _componentNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _takenNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _documentComponents = new(StringComparer.Ordinal);
    private readonly Queue<(string Name, ReferenceTarget Target)> _pending = new();
    private readonly List<JsonMember> _newComponents = [];
    private readonly HashSet<string> _inlining = new(StringComparer.Ordinal);

    private ReferenceBundler(SourceFile document, SourceFiles files)
    {
        _document = document;
        _files = files;
        _map = new SourceMap(document);
        _swagger2 = document.Root is JsonObject root && root["swagger"] is not null;
        _openApi31 = document.Root is JsonObject { } withVersion && withVersion["openapi"] is JsonString { Value: var version } && version.StartsWith("3.1", StringComparison.Ordinal);
        _componentsPath = _swagger2 ? TokenPath.Root.Add("definitions") : TokenPath.Root.Add("components").Add("schemas");
        _componentsTokens = _componentsPath.ToArray();
        _componentsPrefix = _componentsPath + "/";
        _filesSeen.Add(document.FullPath);
    }

    public static Bundle Bundle(SourceFile document, SourceFiles files, IReadOnlyList<DuplicateKey> documentDuplicates)
    {
        var bundler = new ReferenceBundler(document, files);
        bundler._duplicates.AddRange(documentDuplicates.Select(d => (document, d)));
        var root = bundler.Run();
        bundler._map.Root = root;
        return new Bundle(root, bundler._map, bundler._problems, bundler._notes, bundler._duplicates, bundler._constNulls, bundler._swagger2);
    }

    private JsonObject Run()
    {
        if (_document.Root is not JsonObject root)
        {
            return new JsonObject(EquatableArray<JsonMember>.Empty, _document.Root.Span);
        }

        var components = Components(root);
        foreach (var member in components?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            _takenNames.Add(member.Name);
            _documentComponents.Add(member.Name);
        }

        NameWholeFileComponents(components);
        var walked = (JsonObject)WalkMembers(root, ObjectKind.Document, new Frame(_document, TokenPath.Root, TokenPath.Root));
        while (_pending.TryDequeue(out var pending))
        {
            var at = _componentsPath.Add(pending.Name);
            _map.Mount(at, pending.Target.File, pending.Target.Tokens);
            var schema = WalkSchema(pending.Target.Node, new Frame(pending.Target.File, at, TokenPath.Of(pending.Target.Tokens)));
            _newComponents.Add(new JsonMember(pending.Name, pending.Target.Node.Span, schema));
        }

        var bundled = _newComponents.Count == 0 ? walked : AddComponents(walked);
        return BreakSchemaCycles(bundled);
    }

    private JsonObject? Components(JsonObject root) =>
        _swagger2 ? root["definitions"] as JsonObject : (root["components"] as JsonObject)?["schemas"] as JsonObject;

    /// <summary>
    /// A component that is only a <c>$ref</c> to another file (<c>Pet: {$ref: pet.yaml}</c>) takes that file's content
    /// under its own name, and every other reference to that file means this component.
    /// </summary>
    private void NameWholeFileComponents(JsonObject? components)
    {
        foreach (var member in components?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            if (member.Value is JsonObject { Members.Count: 1 } only && only["$ref"] is JsonString reference
                && !reference.Value.StartsWith('#') && Locate(reference.Value, _document) is { } target)
            {
                _componentNames.TryAdd(target.Identity, member.Name);
            }
        }
    }

    private JsonNode Walk(JsonNode node, ObjectKind kind, Frame frame)
    {
        if (node is not JsonObject && !(kind == ObjectKind.Schema && node is JsonBoolean))
        {
            // A value where an object belongs (a YAML key left empty, a $ref that lost its key): the reader would
            // keep a null object and trip over it later; an empty one is what it reads and checks like any other.
            _notes.Add((frame.At.ToString(), $"{node.Kind.ToString().ToLowerInvariant()} where an object is expected; read as an empty object"));
            return new JsonObject(EquatableArray<JsonMember>.Empty, node.Span);
        }

        if (kind == ObjectKind.Schema)
        {
            return WalkSchema(node, frame);
        }

        var obj = (JsonObject)node;
        return kind is not (ObjectKind.Document or ObjectKind.Components) && obj["$ref"] is JsonString
            ? Inline(obj, kind, frame)
            : WalkMembers(obj, kind, frame);
    }

    private JsonNode WalkMembers(JsonObject obj, ObjectKind kind, Frame frame)
    {
        if (kind == ObjectKind.Leaf)
        {
            return obj;
        }

        List<JsonMember>? changed = null;
        for (var i = 0; i < obj.Members.Count; i++)
        {
            var member = obj.Members[i];
            var walked = OpenApiGrammar.Member(kind, member.Name) is { } child
                ? WalkShaped(member.Value, child.Kind, child.Shape, frame.Add(member.Name))
                : kind == ObjectKind.TextHolder && member.Value is JsonObject text && text["$ref"] is JsonString
                    ? WithTarget(text, frame.Add(member.Name), (target, _) => target) ?? member.Value
                    : member.Name == "example" ? Example(member.Value, frame.Add(member.Name))
                    : member.Value;
            if (!ReferenceEquals(walked, member.Value))
            {
                changed ??= obj.Members.Take(i).ToList();
                changed.Add(member with { Value = walked });
            }
            else
            {
                changed?.Add(member);
            }
        }

        return changed is null ? obj : obj with { Members = changed.ToEquatableArray() };
    }

    private JsonNode WalkShaped(JsonNode value, ObjectKind kind, Shape shape, Frame frame)
    {
        switch (shape)
        {
            case Shape.Map when value is JsonObject map && map["$ref"] is JsonString:
                // A whole map written elsewhere (properties: {$ref: attributes.yml#/droplet}); no entry of a map is a string.
                return WithTarget(map, frame, (target, inFile) => WalkMap(target, kind, inFile)) ?? new JsonObject(EquatableArray<JsonMember>.Empty, map.Span);
            case Shape.Map:
                return WalkMap(value, kind, frame);
            case Shape.List when value is JsonArray list:
                return WalkList(list, kind, frame);
            case Shape.One when kind == ObjectKind.Schema && value is JsonArray tuple:
                return WalkList(tuple, kind, frame);
            case Shape.One:
                return Walk(value, kind, frame);
            default:
                return value;
        }
    }

    private JsonNode WalkMap(JsonNode node, ObjectKind kind, Frame frame)
    {
        if (node is not JsonObject map)
        {
            return node;
        }

        List<JsonMember>? changed = null;
        for (var i = 0; i < map.Members.Count; i++)
        {
            var member = map.Members[i];

            // Paths and Responses hold extensions beside their entries; in other maps "x-..." is a name (a header x-request-id).
            var walked = kind is ObjectKind.PathItem or ObjectKind.Response && member.Name.StartsWith("x-", StringComparison.Ordinal)
                ? member.Value
                : Walk(member.Value, kind, frame.Add(member.Name));
            if (!ReferenceEquals(walked, member.Value))
            {
                changed ??= map.Members.Take(i).ToList();
                changed.Add(member with { Value = walked });
            }
            else
            {
                changed?.Add(member);
            }
        }

        return changed is null ? map : map with { Members = changed.ToEquatableArray() };
    }

    private JsonNode WalkList(JsonArray list, ObjectKind kind, Frame frame)
    {
        List<JsonNode>? changed = null;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var walked = Walk(list.Items[i], kind, frame.Add(i));
            if (!ReferenceEquals(walked, list.Items[i]))
            {
                changed ??= list.Items.Take(i).ToList();
                changed.Add(walked);
            }
            else
            {
                changed?.Add(list.Items[i]);
            }
        }

        return changed is null ? list : list with { Items = changed.ToEquatableArray() };
    }

    /// <summary>
    /// An object that is a <c>$ref</c>, replaced by its target walked in the target's file; a summary or description
    /// written beside the <c>$ref</c> wins over the target's (OpenAPI 3.1). An unresolvable one becomes an empty object.
    /// </summary>
    private JsonNode Inline(JsonObject reference, ObjectKind kind, Frame frame)
    {
        var walked = WithTarget(reference, frame, (target, inFile) => Walk(target, kind, inFile));
        if (walked is null)
        {
            return new JsonObject(EquatableArray<JsonMember>.Empty, reference.Span);
        }

        var siblings = reference.Members.Where(m => m.Name != "$ref").ToList();
        if (siblings.Count == 0 || walked is not JsonObject targetObject)
        {
            return walked;
        }

        foreach (var sibling in siblings)
        {
            _map.Mount(frame.At.Add(sibling.Name), frame.File, frame.InFile.Add(sibling.Name).ToArray());
        }

        return targetObject with
        {
            Members = targetObject.Members.Where(m => siblings.TrueForAll(s => s.Name != m.Name)).Concat(siblings).ToEquatableArray(),
        };
    }

    /// <summary>
    /// <paramref name="walk"/> applied to the target of <paramref name="reference"/> in the target's frame, mounted at
    /// the reference's place; null (with a problem) when the target is missing or contains the reference itself.
    /// </summary>
    private JsonNode? WithTarget(JsonObject reference, Frame frame, Func<JsonNode, Frame, JsonNode> walk)
    {
        var text = (JsonString)reference["$ref"]!;
        var target = Resolve(text, frame);
        if (target is null)
        {
            return null;
        }

        if (!_inlining.Add(target.Identity))
        {
            Report(frame.At, DiagnosticIds.OpenApiReferenceCycle, frame.File, text.Span, $"The $ref '{text.Value}' leads back to an object that contains it, so it cannot be replaced by its target; break the cycle.");
            return null;
        }

        try
        {
            _map.Mount(frame.At, target.File, target.Tokens);
            return walk(target.Node, new Frame(target.File, frame.At, TokenPath.Of(target.Tokens)));
        }
        finally
        {
            _inlining.Remove(target.Identity);
        }
    }

    private JsonNode WalkSchema(JsonNode node, Frame frame)
    {
        if (node is not JsonObject obj)
        {
            return node is JsonBoolean ? node : Walk(node, ObjectKind.Schema, frame);
        }

        if (!_openApi31)
        {
            obj = OlderSchemaSpellings.Rewrite(obj, _swagger2, (keyword, reason) => _notes.Add((frame.At.Add(keyword).ToString(), reason)));
        }
        else if (obj.Find("const") is { Value: JsonNull })
        {
            _constNulls.Add(frame.At.ToString());
        }

        if (IsWholeFileComponent(obj, frame, out var text))
        {
            return WithTarget(obj, frame, WalkSchema) ?? new JsonObject(EquatableArray<JsonMember>.Empty, text!.Span);
        }

        List<JsonMember>? changed = null;
        for (var i = 0; i < obj.Members.Count; i++)
        {
            var member = obj.Members[i];
            JsonNode? walked = member switch
            {
                { Name: "$ref", Value: JsonString reference } => SchemaReference(reference, frame) is { } resolved
                    ? resolved == reference.Value ? reference : new JsonString(resolved, reference.Span)
                    : null,
                { Name: "discriminator", Value: JsonObject discriminator } => Discriminator(discriminator, frame.Add("discriminator")),
                { Name: "example" } => Example(member.Value, frame.Add("example")),
                _ when OpenApiGrammar.Member(ObjectKind.Schema, member.Name) is { } child => WalkShaped(member.Value, child.Kind, child.Shape, frame.Add(member.Name)),
                _ => member.Value,
            };
            if (!ReferenceEquals(walked, member.Value))
            {
                changed ??= obj.Members.Take(i).ToList();
                if (walked is not null)
                {
                    changed.Add(member with { Value = walked });
                }
            }
            else
            {
                changed?.Add(member);
            }
        }

        return changed is null ? obj : obj with { Members = changed.ToEquatableArray() };
    }

    private bool IsWholeFileComponent(JsonObject obj, Frame frame, out JsonString? text)
    {
        text = obj["$ref"] as JsonString;
        if (text is null || obj.Members.Count != 1 || frame.At.Depth != _componentsTokens.Length + 1 || _componentNames.Count == 0)
        {
            return false;
        }

        var tokens = frame.At.ToArray();
        return tokens.Take(_componentsTokens.Length).SequenceEqual(_componentsTokens)
            && Locate(text.Value, frame.File) is { } target
            && _componentNames.TryGetValue(target.Identity, out var name) && name == tokens[^1];
    }

    /// <summary>
    /// An example is data, but some specs keep example values in files and write <c>example: {$ref: examples.yml#/pet}</c>
    /// (Redocly resolves it): a value that is only such a <c>$ref</c> and resolves is replaced by its target; any other stays data.
    /// </summary>
    private JsonNode Example(JsonNode value, Frame frame)
    {
        if (value is not JsonObject { Members.Count: 1 } obj || obj["$ref"] is not JsonString reference || Locate(reference.Value, frame.File) is not { } target)
        {
            return value;
        }

        _map.Mount(frame.At, target.File, target.Tokens);
        return target.Node;
    }

    /// <summary>Discriminator mapping values name schemas; those in other files point at the components made for them.</summary>
    private JsonNode Discriminator(JsonObject discriminator, Frame frame)
    {
        if (discriminator["mapping"] is not JsonObject mapping)
        {
            return discriminator;
        }

        var members = mapping.Members.Select(m =>
            m.Value is JsonString value && value.Value.IndexOfAny(['#', '/', '.']) >= 0 && SchemaReference(value, frame.Add("mapping").Add(m.Name)) is { } resolved
                ? m with { Value = new JsonString(resolved, value.Span) }
                : m).ToEquatableArray();
        return discriminator with
        {
            Members = discriminator.Members.Select(m => m.Name == "mapping" ? m with { Value = mapping with { Members = members } } : m).ToEquatableArray(),
        };
    }

    /// <summary>
    /// The <c>$ref</c> text a schema reference becomes: the component itself for a component of the document, the
    /// component made for its target otherwise; null (with a problem) when it points at nothing.
    /// </summary>
    private string? SchemaReference(JsonString reference, Frame frame)
    {
        // Most references of a large document name a component of it directly: no pointer to split or walk.
        if (ReferenceEquals(frame.File, _document) && reference.Value.StartsWith(_componentsPrefix, StringComparison.Ordinal)
            && reference.Value.AsSpan(_componentsPrefix.Length).IndexOfAny('/', '~', '%') < 0 && _documentComponents.Contains(reference.Value[_componentsPrefix.Length..]))
        {
            return reference.Value;
        }

        var target = Resolve(reference, frame);
        if (target is null)
        {
            return null;
        }

        if (ReferenceEquals(target.File, _document) && IsComponent(target.Tokens))
        {
            return ComponentReference(target.Tokens[^1]);
        }

        if (!_componentNames.TryGetValue(target.Identity, out var name))
        {
            name = NewComponentName(target);
            _componentNames[target.Identity] = name;
            _pending.Enqueue((name, target));
        }

        return ComponentReference(name);
    }

    private bool IsComponent(IReadOnlyList<string> tokens) =>
        tokens.Count == _componentsTokens.Length + 1 && tokens.Take(_componentsTokens.Length).SequenceEqual(_componentsTokens);

    private string ComponentReference(string name) => JsonPointer.Append(_componentsPath.ToString(), name);

    /// <summary>
    /// The name of a component made for a reference target: the name of the component that holds it, or of its file
    /// (<c>pet</c> for pet.yaml), followed by the path into it without the keyword <c>properties</c>
    /// (<c>Field_name</c>, <c>Value_oneOf_0</c>, <c>Dog_name</c>); <c>_2</c>, <c>_3</c>... when taken.
    /// </summary>
    private string NewComponentName(ReferenceTarget target)
    {
        var tokens = target.Tokens;
        var (owner, start) = (Path.GetFileNameWithoutExtension(target.File.FullPath), 0);
        var named = Enumerable.Range(0, tokens.Count).Reverse()
            .FirstOrDefault(k => _componentNames.ContainsKey(target.File.FullPath + JsonPointer.FromTokens(tokens.Take(k))), -1);
        var holder = Enumerable.Range(1, tokens.Count).Reverse().FirstOrDefault(k => NamesASchema(tokens.Take(k).ToList()), -1);
        if (named >= 0 && named >= holder)
        {
            (owner, start) = (_componentNames[target.File.FullPath + JsonPointer.FromTokens(tokens.Take(named))], named);
        }
        else if (holder > 0)
        {
            (owner, start) = (tokens[holder - 1], holder);
        }

        var baseName = string.Join("_", tokens.Skip(start).Where(t => t != "properties").Prepend(owner));
        var name = baseName;
        for (var n = 2; !_takenNames.Add(name); n++)
        {
            name = baseName + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>A path that ends at a named schema: a component, a definition, or a top-level entry of a file of schemas.</summary>
    private static bool NamesASchema(List<string> prefix) =>
        prefix is ["components", "schemas", _] or ["definitions", _]
        || (prefix.Count == 1 && OpenApiGrammar.Member(ObjectKind.Schema, prefix[0]) is null && prefix[0] is not ("components" or "definitions"));

    /// <summary>The target of a <c>$ref</c> written in <paramref name="frame"/>'s file; null with a problem when there is none.</summary>
    private ReferenceTarget? Resolve(JsonString reference, Frame frame)
    {
        var target = Locate(reference.Value, frame.File, out var problem);
        if (target is null)
        {
            var (file, span, message, id) = problem!.Value;
            Report(frame.At, id, file ?? frame.File, file is null ? reference.Span : span, message);
        }

        return target;
    }

    private ReferenceTarget? Locate(string reference, SourceFile from) => Locate(reference, from, out _);

    /// <summary>
    /// Finds the node a <c>$ref</c> names: a file relative to <paramref name="from"/> (JSON or YAML) and a JSON pointer
    /// into it, following a <c>$ref</c> met on the way. The problem says where the reference goes wrong: the
    /// reference itself (null file), or a syntax error in the file it names.
    /// </summary>
    private ReferenceTarget? Locate(string reference, SourceFile from, out (SourceFile? File, SourceSpan Span, string Message, string Id)? problem)
    {
        problem = null;
        var current = from;
        var text = reference;
        for (var hop = 0; hop < MaxHops; hop++)
        {
            var hash = text.IndexOf('#');
            var filePart = hash < 0 ? text : text[..hash];
            var fragment = hash < 0 ? string.Empty : text[(hash + 1)..];
            if (Uri.TryCreate(filePart, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                problem = (null, default, $"The $ref '{reference}' names a file on the web; only files beside the document are read (download it and refer to the local copy).", DiagnosticIds.BrokenOpenApiReference);
                return null;
            }

            var file = filePart.Length == 0 ? current : ReadFile(filePart, uri, current, reference, out problem);
            if (file is null)
            {
                return null;
            }

            var tokens = JsonPointer.Split(fragment, percentEncoded: true);
            if (tokens is null)
            {
                problem = (null, default, $"The $ref '{reference}' ends in '#{fragment}', which is not a JSON pointer; write '#/' followed by the path to the node.", DiagnosticIds.BrokenOpenApiReference);
                return null;
            }

            var node = file.Root;
            for (var i = 0; i < tokens.Count; i++)
            {
                var next = Child(node, tokens[i]);
                if (next is null && node is JsonObject { } through && through["$ref"] is JsonString inner)
                {
                    // A pointer through an object that is itself a $ref continues in that object's target.
                    text = inner.Value + (inner.Value.Contains('#') ? string.Empty : "#") + JsonPointer.FromTokens(tokens.Skip(i))[1..];
                    current = file;
                    node = null;
                    break;
                }

                if (next is null)
                {
                    problem = (null, default, MissingMessage(reference, file, tokens, i), DiagnosticIds.BrokenOpenApiReference);
                    return null;
                }

                node = next;
            }

            if (node is not null)
            {
                return new ReferenceTarget(file, tokens, node);
            }
        }

        problem = (null, default, $"The $ref '{reference}' goes through more than {MaxHops} references; shorten the chain.", DiagnosticIds.BrokenOpenApiReference);
        return null;
    }

    private SourceFile? ReadFile(string filePart, Uri? uri, SourceFile current, string reference, out (SourceFile? File, SourceSpan Span, string Message, string Id)? problem)
    {
        problem = null;
        string fullPath;
        try
        {
            var relative = uri is { Scheme: "file" } ? uri.LocalPath : Uri.UnescapeDataString(filePart);
            fullPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current.FullPath) ?? string.Empty, relative));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problem = (null, default, $"The $ref '{reference}' does not name a file path: {e.Message}", DiagnosticIds.BrokenOpenApiReference);
            return null;
        }

        var read = _files.Read(fullPath);
        if (read.File is { } file)
        {
            if (_filesSeen.Add(file.FullPath))
            {
                _duplicates.AddRange(read.Duplicates.Select(d => (file, d)));
            }

            return file;
        }

        var error = read.Error!;
        problem = error.Id == DiagnosticIds.BrokenOpenApiReference
            ? (null, default, $"The $ref '{reference}' names a file that cannot be read: {error.Message}", error.Id)
            : (new SourceFile(fullPath, error.FilePath, new JsonNull(default)), error.Span, error.Message + $" (the file is named by the $ref '{reference}')", error.Id);
        return null;
    }

    private static JsonNode? Child(JsonNode node, string token) => node switch
    {
        JsonObject obj => obj[token],
        JsonArray array when int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < array.Items.Count => array.Items[index],
        _ => null,
    };

    private string MissingMessage(string reference, SourceFile file, IReadOnlyList<string> tokens, int missing)
    {
        var where = ReferenceEquals(file, _document) ? "the document" : $"'{file.DisplayPath}'";
        if (ReferenceEquals(file, _document) && IsComponent(tokens))
        {
            return $"The $ref '{reference}' points at nothing: the document has no schema '{tokens[^1]}' under {_componentsPath.ToString()[2..]}.";
        }

        return $"The $ref '{reference}' points at nothing: {where} has no '{tokens[missing]}' at {JsonPointer.FromTokens(tokens.Take(missing))}.";
    }

    private JsonObject AddComponents(JsonObject root) =>
        (JsonObject)ChangeComponents(root, _componentsTokens, 0, members => members.Concat(_newComponents));

    /// <summary>The tree with the members of the components container changed, the container created when missing.</summary>
    private static JsonNode ChangeComponents(JsonObject obj, string[] path, int index, Func<EquatableArray<JsonMember>, IEnumerable<JsonMember>> change)
    {
        if (index == path.Length)
        {
            return obj with { Members = change(obj.Members).ToEquatableArray() };
        }

        var existing = obj.Find(path[index]);
        var child = existing?.Value as JsonObject ?? new JsonObject(EquatableArray<JsonMember>.Empty, obj.Span);
        var updated = new JsonMember(path[index], existing?.NameSpan ?? obj.Span, ChangeComponents(child, path, index + 1, change));
        return obj with
        {
            Members = existing is null
                ? obj.Members.Append(updated).ToEquatableArray()
                : obj.Members.Select(m => ReferenceEquals(m, existing) ? updated : m).ToEquatableArray(),
        };
    }

    /// <summary>
    /// Components that are only <c>$ref</c>s to each other (<c>A → B → A</c>) describe no value and send readers in
    /// circles: each becomes an empty schema, and a problem at the first one's <c>$ref</c>.
    /// </summary>
    private JsonObject BreakSchemaCycles(JsonObject root)
    {
        if (Components(root) is not { } components)
        {
            return root;
        }

        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in components.Members)
        {
            var chain = new List<string> { start.Name };
            for (var name = start.Name; Alias(components, name) is { } next && !broken.Contains(next);)
            {
                if (next == start.Name)
                {
                    var at = _componentsPath.Add(start.Name);
                    var location = _map.Locate(at.Add("$ref").ToString());
                    Report(at, DiagnosticIds.OpenApiReferenceCycle, location.File, location.Span, $"The schemas {string.Join(" → ", chain.Append(start.Name))} only refer to each other: no schema in the cycle describes a value.");
                    broken.UnionWith(chain);
                    break;
                }

                if (chain.Contains(next))
                {
                    break;
                }

                chain.Add(next);
                name = next;
            }
        }

        if (broken.Count == 0)
        {
            return root;
        }

        return (JsonObject)ChangeComponents(root, _componentsTokens, 0, members =>
            members.Select(m => broken.Contains(m.Name) ? m with { Value = new JsonObject(EquatableArray<JsonMember>.Empty, m.Value.Span) } : m));
    }

    /// <summary>The component a component is only a reference to, if it is one.</summary>
    private string? Alias(JsonObject components, string name)
    {
        if (components[name] is JsonObject { Members.Count: 1 } only && only["$ref"] is JsonString reference
            && reference.Value.StartsWith(_componentsPath.ToString() + "/", StringComparison.Ordinal))
        {
            var tokens = JsonPointer.Split(reference.Value, percentEncoded: true);
            return tokens is not null && IsComponent(tokens) ? tokens[^1] : null;
        }

        return null;
    }

    private void Report(TokenPath at, string id, SourceFile file, SourceSpan span, string message) =>
        _problems.Add(new Problem(at.ToString(), new DiagnosticInfo(id, Severity.Error, message, file.DisplayPath, span)));

    /// <summary>Where the walk is: the file relative references start from, the place in the combined document and in that file.</summary>
    private sealed record Frame(SourceFile File, TokenPath At, TokenPath InFile)
    {
        public Frame Add(string token) => new(File, At.Add(token), InFile.Add(token));

        public Frame Add(int index) => new(File, At.Add(index), InFile.Add(index));
    }
}
