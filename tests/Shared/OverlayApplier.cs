using System.Text;
using System.Text.Json.Nodes;

namespace HookSnippets.Tests.Shared;

/// <summary>
/// Applies an OpenAPI Overlay 1.0 document, as the specification says, to a document held as System.Text.Json nodes
/// (no overlay package is served here). Targets are the JSONPath subset overlays of ours use and that the
/// specification's examples use: <c>$</c>, <c>['name']</c> and <c>.name</c> segments, and filters
/// <c>[?(@.a == 'x' &amp;&amp; @.b == 'y' || ...)]</c>. <c>remove</c> takes the matched nodes out of their parents;
/// <c>update</c> merges objects recursively, appends to arrays and replaces other values. A target that matches
/// nothing changes nothing.
/// </summary>
internal static class OverlayApplier
{
    public static JsonNode Apply(JsonNode document, JsonNode overlay)
    {
        Assert.Equal("1.0.0", overlay["overlay"]!.GetValue<string>());
        var result = document.DeepClone();
        foreach (var action in overlay["actions"]!.AsArray())
        {
            var matches = Select(result, action!["target"]!.GetValue<string>());
            if (action["remove"]?.GetValue<bool>() == true)
            {
                foreach (var (parent, key) in matches.AsEnumerable().Reverse())
                {
                    if (parent is JsonArray array)
                    {
                        array.RemoveAt((int)key);
                    }
                    else
                    {
                        ((JsonObject)parent!).Remove((string)key);
                    }
                }
            }
            else if (action["update"] is { } update)
            {
                foreach (var (parent, key) in matches)
                {
                    var target = parent is null ? result : parent is JsonArray array ? array[(int)key] : parent[(string)key];
                    Merge(target!, update);
                }
            }
        }

        return result;
    }

    private static void Merge(JsonNode target, JsonNode update)
    {
        if (target is JsonArray array)
        {
            array.Add(update.DeepClone());
            return;
        }

        var obj = (JsonObject)target;
        foreach (var (name, value) in update.AsObject())
        {
            if (obj[name] is JsonArray existing && value is JsonArray items)
            {
                foreach (var item in items)
                {
                    existing.Add(item?.DeepClone());
                }
            }
            else if (obj[name] is JsonObject inner && value is JsonObject)
            {
                Merge(inner, value);
            }
            else
            {
                obj[name] = value?.DeepClone();
            }
        }
    }

    /// <summary>The matched nodes as (parent, member name or index); the root alone is (null, "").</summary>
    private static List<(JsonNode? Parent, object Key)> Select(JsonNode root, string path)
    {
        var reader = new PathReader(path);
        reader.Expect('$');
        var current = new List<(JsonNode? Parent, object Key)> { (null, string.Empty) };
        JsonNode? Node((JsonNode? Parent, object Key) at) =>
            at.Parent is null ? root : at.Parent is JsonArray array ? array[(int)at.Key] : at.Parent[(string)at.Key];
        while (!reader.AtEnd)
        {
            var next = new List<(JsonNode?, object)>();
            if (reader.TryRead('.'))
            {
                var name = reader.Name();
                next.AddRange(current.Select(Node).OfType<JsonObject>().Where(o => o.ContainsKey(name)).Select(o => ((JsonNode?)o, (object)name)));
            }
            else
            {
                reader.Expect('[');
                if (reader.TryRead('?'))
                {
                    reader.Expect('(');
                    var filter = reader.Filter();
                    reader.Expect(')');
                    foreach (var node in current.Select(Node))
                    {
                        if (node is JsonArray array)
                        {
                            next.AddRange(Enumerable.Range(0, array.Count).Where(i => filter(array[i])).Select(i => ((JsonNode?)array, (object)i)));
                        }
                    }
                }
                else
                {
                    var name = reader.Quoted();
                    next.AddRange(current.Select(Node).OfType<JsonObject>().Where(o => o.ContainsKey(name)).Select(o => ((JsonNode?)o, (object)name)));
                }

                reader.Expect(']');
            }

            current = next;
        }

        return current;
    }

    private sealed class PathReader(string text)
    {
        private int _at;

        public bool AtEnd => _at == text.Length;

        public void Expect(char c)
        {
            SkipSpaces();
            Assert.True(_at < text.Length && text[_at] == c, $"expected '{c}' at {_at} of {text}");
            _at++;
        }

        public bool TryRead(char c)
        {
            SkipSpaces();
            if (_at < text.Length && text[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        public string Name()
        {
            var start = _at;
            while (_at < text.Length && (char.IsLetterOrDigit(text[_at]) || text[_at] is '_' or '-'))
            {
                _at++;
            }

            return text[start.._at];
        }

        public string Quoted()
        {
            Expect('\'');
            var builder = new StringBuilder();
            while (text[_at] != '\'')
            {
                if (text[_at] == '\\')
                {
                    _at++;
                    if (text[_at] == 'u')
                    {
                        builder.Append((char)Convert.ToInt32(text.Substring(_at + 1, 4), 16));
                        _at += 4;
                    }
                    else
                    {
                        builder.Append(text[_at]);
                    }
                }
                else
                {
                    builder.Append(text[_at]);
                }

                _at++;
            }

            _at++;
            return builder.ToString();
        }

        /// <summary><c>a &amp;&amp; b || c</c> of comparisons <c>@.name == 'text'</c>: &amp;&amp; binds tighter, as in RFC 9535.</summary>
        public Func<JsonNode?, bool> Filter()
        {
            var any = new List<List<(string Name, string Value)>> { new() };
            while (true)
            {
                Expect('@');
                Expect('.');
                var name = Name();
                Expect('=');
                Expect('=');
                SkipSpaces();
                any[^1].Add((name, Quoted()));
                if (TryRead('&'))
                {
                    Expect('&');
                }
                else if (TryRead('|'))
                {
                    Expect('|');
                    any.Add([]);
                }
                else
                {
                    break;
                }
            }

            return node => node is JsonObject obj && any.Any(all => all.All(c => obj[c.Name] is JsonValue v && v.TryGetValue<string>(out var s) && s == c.Value));
        }

        private void SkipSpaces()
        {
            while (_at < text.Length && text[_at] == ' ')
            {
                _at++;
            }
        }
    }
}
