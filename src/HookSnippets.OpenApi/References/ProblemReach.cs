using HookSnippets.Description;
using HookSnippets.Description.Json;

namespace HookSnippets.OpenApi.References;

/// <summary>
/// Which operations reach each problem: one under an operation reaches that operation, one elsewhere in a path item
/// (its parameters, a broken <c>$ref</c> of the path item) every operation of the path, one in a component schema
/// every operation that uses that schema directly or through other schemas. The others reach none: a problem in
/// <c>info</c> or an unused component does not stop any operation.
/// </summary>
internal sealed class ProblemReach
{
    private readonly JsonObject _root;
    private readonly string[] _components;
    private readonly List<(IReadOnlyList<string> Tokens, Problem Problem)> _problems;
    private readonly Dictionary<string, List<string>> _references = new(StringComparer.Ordinal);

    public ProblemReach(JsonObject root, bool swagger2, IEnumerable<Problem> problems)
    {
        _root = root;
        _components = swagger2 ? ["definitions"] : ["components", "schemas"];
        _problems = problems.Select(p => (JsonPointer.Split(p.Pointer) ?? [], p)).ToList();
    }

    public IReadOnlyList<Problem> Of(string path, string method)
    {
        if (_problems.Count == 0)
        {
            return [];
        }

        var reached = new List<Problem>();
        var broken = new Dictionary<string, Problem>(StringComparer.Ordinal);
        foreach (var (tokens, problem) in _problems)
        {
            if (tokens.Count >= 2 && tokens[0] == "paths" && tokens[1] == path
                && (tokens.Count == 2 || tokens[2] == method || !OpenApiGrammar.IsMethod(tokens[2])))
            {
                reached.Add(problem);
            }
            else if (Component(tokens) is { } component)
            {
                broken.TryAdd(component, problem);
            }
        }

        if (broken.Count > 0)
        {
            var pathItem = (_root["paths"] as JsonObject)?[path] as JsonObject;
            var uses = Closure(References(pathItem?[method]).Concat(References(pathItem?["parameters"])));
            reached.AddRange(uses.Where(broken.ContainsKey).Select(u => broken[u]));
        }

        return reached;
    }

    /// <summary>Whether some operation of the document reaches the problem (the others are only reported).</summary>
    public bool ReachesAnOperation(Problem problem)
    {
        var tokens = JsonPointer.Split(problem.Pointer) ?? [];
        if (tokens.Count >= 2 && tokens[0] == "paths")
        {
            return true;
        }

        if (Component(tokens) is not { } component)
        {
            return false;
        }

        foreach (var pathItem in ((_root["paths"] as JsonObject)?.Members ?? EquatableArray<JsonMember>.Empty).Select(m => m.Value))
        {
            if (Closure(References(pathItem)).Contains(component))
            {
                return true;
            }
        }

        return false;
    }

    private string? Component(IReadOnlyList<string> tokens) =>
        tokens.Count > _components.Length && tokens.Take(_components.Length).SequenceEqual(_components) ? tokens[_components.Length] : null;

    private HashSet<string> Closure(IEnumerable<string> start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(start);
        while (pending.TryPop(out var name))
        {
            if (seen.Add(name))
            {
                foreach (var next in ComponentReferences(name))
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }

    private List<string> ComponentReferences(string name)
    {
        if (!_references.TryGetValue(name, out var names))
        {
            JsonNode? node = _root;
            foreach (var token in _components)
            {
                node = (node as JsonObject)?[token];
            }

            names = References((node as JsonObject)?[name]).ToList();
            _references[name] = names;
        }

        return names;
    }

    /// <summary>The components the <c>$ref</c>s inside <paramref name="node"/> name (after bundling, every schema <c>$ref</c> names one).</summary>
    private IEnumerable<string> References(JsonNode? node)
    {
        var prefix = JsonPointer.FromTokens(_components) + "/";
        var pending = new Stack<JsonNode>();
        if (node is not null)
        {
            pending.Push(node);
        }

        while (pending.TryPop(out var current))
        {
            if (current is JsonObject obj)
            {
                foreach (var member in obj.Members)
                {
                    if (member.Name == "$ref" && member.Value is JsonString reference && reference.Value.StartsWith(prefix, StringComparison.Ordinal)
                        && JsonPointer.Split(reference.Value, percentEncoded: true) is { } tokens && tokens.Count == _components.Length + 1)
                    {
                        yield return tokens[^1];
                    }
                    else
                    {
                        pending.Push(member.Value);
                    }
                }
            }
            else if (current is JsonArray array)
            {
                foreach (var item in array.Items)
                {
                    pending.Push(item);
                }
            }
        }
    }
}
