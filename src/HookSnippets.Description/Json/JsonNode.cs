using HookSnippets.Description.Text;

namespace HookSnippets.Description.Json;

public enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>A JSON value as read from a description, with the span it was read from.</summary>
public abstract record JsonNode(SourceSpan Span)
{
    public abstract JsonKind Kind { get; }
}

public sealed record JsonObject(EquatableArray<JsonMember> Members, SourceSpan Span) : JsonNode(Span)
{
    public override JsonKind Kind => JsonKind.Object;

    public JsonMember? Find(string name)
    {
        // Indexed rather than foreach: the binder looks up every known member of every object, and the array's
        // enumerator is an interface that allocates.
        for (var i = 0; i < Members.Count; i++)
        {
            var member = Members[i];
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }

    public JsonNode? this[string name] => Find(name)?.Value;
}

public sealed record JsonMember(string Name, SourceSpan NameSpan, JsonNode Value);

public sealed record JsonArray(EquatableArray<JsonNode> Items, SourceSpan Span) : JsonNode(Span)
{
    public override JsonKind Kind => JsonKind.Array;
}

public sealed record JsonString(string Value, SourceSpan Span) : JsonNode(Span)
{
    public override JsonKind Kind => JsonKind.String;
}

/// <summary>A number kept as its source text, so that integers above 2^53 and exact decimals survive.</summary>
public sealed record JsonNumber(string Text, SourceSpan Span) : JsonNode(Span)
{
    public override JsonKind Kind => JsonKind.Number;
}

public sealed record JsonBoolean(bool Value, SourceSpan Span) : JsonNode(Span)
{
    public override JsonKind Kind => JsonKind.Boolean;
}

public sealed record JsonNull(SourceSpan Span) : JsonNode(Span)
{
    public override JsonKind Kind => JsonKind.Null;
}
