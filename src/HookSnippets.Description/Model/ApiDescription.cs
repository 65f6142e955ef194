using HookSnippets.Description.Text;

namespace HookSnippets.Description.Model;

/// <summary>One endpoints.json, validated. Every member has value equality, so the generator can cache on it.</summary>
public sealed record ApiDescription(
    string Name,
    string? Title,
    string? Description,
    string BaseUrl,
    SourceSpan BaseUrlSpan,
    EquatableArray<ServerVariable> Variables,
    AuthScheme? Auth,
    EquatableArray<NamedSchema> Types,
    EquatableArray<Operation> Operations)
{
    public Schema? FindType(string name)
    {
        foreach (var type in Types)
        {
            if (type.Name == name)
            {
                return type.Schema;
            }
        }

        return null;
    }
}

/// <summary>A <c>{name}</c> in the base URL; samples show <see cref="Example"/>.</summary>
public sealed record ServerVariable(string Name, string Example, string? Description, string? Default, SourceSpan Span);

public enum AuthType
{
    Bearer,
}

/// <summary>How requests authenticate; samples show <see cref="Example"/> as the token.</summary>
public sealed record AuthScheme(AuthType Type, string Example, string? Description, SourceSpan Span);

public sealed record NamedSchema(string Name, Schema Schema, SourceSpan Span);

/// <summary>A sample value and what the reader should put in its place (the docs page's "Value | Description" table).</summary>
public sealed record Placeholder(string Value, string Description);
