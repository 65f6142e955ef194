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
    EquatableArray<AuthScheme> AuthSchemes,
    EquatableArray<SecurityRequirement> Security,
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

    public AuthScheme? FindScheme(string name)
    {
        foreach (var scheme in AuthSchemes)
        {
            if (scheme.Name == name)
            {
                return scheme;
            }
        }

        return null;
    }

    /// <summary>The alternatives that authenticate <paramref name="operation"/>: its own <c>security</c>, else the description's.</summary>
    public EquatableArray<SecurityRequirement> SecurityOf(Operation operation) => operation.Security ?? Security;
}

/// <summary>A <c>{name}</c> in the base URL; samples show <see cref="Example"/>.</summary>
public sealed record ServerVariable(string Name, string Example, string? Description, string? Default, SourceSpan Span);

public sealed record NamedSchema(string Name, Schema Schema, SourceSpan Span);

/// <summary>A sample value and what the reader should put in its place (the docs page's "Value | Description" table).</summary>
public sealed record Placeholder(string Value, string Description);
